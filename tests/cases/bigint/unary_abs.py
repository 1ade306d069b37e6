big = 2 ** 80 + 5
for x in [big, -big, 2 ** 63, -(2 ** 63), 2 ** 63 - 1, -(2 ** 63) + 1]:
    print(-x, +x, ~x, abs(x), abs(-x) == abs(x))
print(-(-(2 ** 63)), abs(-(2 ** 63)), -(2 ** 63) * -1, -(2 ** 63) // -1)
print(not big, not (big - big), bool(-big), bool(big * 0))
