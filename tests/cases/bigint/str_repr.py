x = 3 ** 150
print(x, repr(x), str(-x))
print([2 ** 64, -(2 ** 65)], (2 ** 70,), {2 ** 80: -(2 ** 81)})
print(f"{x}", f"{-x!r}", "{}".format(2 ** 90))
print(str(10 ** 18), str(10 ** 19), str(10 ** 27), str(10 ** 27 - 1), str(10 ** 36 + 1))
print(str(10 ** 9), 10 ** 9 - 1, 10 ** 18 - 1, 10 ** 45 + 10 ** 9)
big = int("1" + "0" * 999 + "1")
print(len(str(big)), str(big)[:3], str(big)[-3:])
print(str(2 ** 64 - 1), str(-(2 ** 63)), str(2 ** 63))
