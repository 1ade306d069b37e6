big = 2 ** 100
vals = [big, -big, big + 1, 2 ** 64, 2 ** 63, 2 ** 63 - 1, -(2 ** 63), 0, 1, -1, 1.5, 1e30, -1e30, 1.2676506002282294e30, float("inf"), float("-inf")]
for a in vals:
    print([a < b for b in vals])
    print([a == b for b in vals])
print(big == 2.0 ** 100, big + 1 == 2.0 ** 100, big - 1 < 2.0 ** 100, big + 1 > 2.0 ** 100)
print(2 ** 53 + 1 > float(2 ** 53), 2 ** 53 + 1 == float(2 ** 53), 2 ** 53 == float(2 ** 53))
print(2 ** 63 == 9.223372036854775808e18, 2 ** 63 - 1 < 9.223372036854775808e18, 2 ** 63 - 1 == 9.223372036854775808e18)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"), 10 ** 400 != float("nan"))
print(float("nan") < 10 ** 400, float("nan") > 10 ** 400, float("nan") == 10 ** 400)
print(big > True, big * 0 == False, 1 == True, 2 ** 64 != 2 ** 64 + 0.0)
print(0.5 < 1 < 2 ** 70 < 2.0 ** 71 < 2 ** 72)
