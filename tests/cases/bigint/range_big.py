r = range(2 ** 64, 2 ** 64 + 10, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], 2 ** 64 + 3 in r, 2 ** 64 + 4 in r)
print(range(2 ** 100)[5], range(2 ** 100)[-1], 2 ** 99 in range(2 ** 100), -1 in range(2 ** 100), 2 ** 100 in range(2 ** 100))
print(bool(range(2 ** 100)), bool(range(2 ** 100, 2 ** 100)), bool(range(2 ** 100, 0, -(2 ** 90))))
print(list(range(2 ** 70, 2 ** 70 - 5, -2)), list(range(-(2 ** 70), -(2 ** 70) + 3)))
print(range(0, 2 ** 100, 2 ** 98)[1:3], list(range(0, 2 ** 100, 2 ** 98)), range(0, 2 ** 100, 2 ** 98)[::-1])
print(range(2 ** 64) == range(0, 2 ** 64), range(2 ** 64, 2 ** 64) == range(0), range(2 ** 70, 2 ** 70 + 1, 5) == range(2 ** 70, 2 ** 70 + 2, 7))
total = 0
for i in range(2 ** 64 - 3, 2 ** 64 + 3):
    total += i
print(total, total == 6 * 2 ** 64 - 3)
print(list(range(2 ** 63 - 2, 2 ** 63 + 2)), list(range(-(2 ** 63) + 1, -(2 ** 63) - 2, -1)))
print(range(10)[2 ** 100 // 2 ** 99], 5 in range(-(2 ** 63), 2 ** 63 - 1, 5), range(-(2 ** 63), 2 ** 63 - 1, 2 ** 62)[3])
try:
    print(range(10)[2 ** 100])
except IndexError as e:
    print("IndexError", e)
try:
    print(len(range(2 ** 64)))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(len(range(-(2 ** 63), 2 ** 63 - 1)))
except OverflowError as e:
    print("OverflowError", e)
