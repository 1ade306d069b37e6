for x in [2 ** 100, -(2 ** 100), 10 ** 30 + 5 * 10 ** 9, 125, 135, -125, -135, 15, 25, -15, -25, 5 * 10 ** 29, 15 * 10 ** 29, -5 * 10 ** 29, 2 ** 63 - 1, -(2 ** 63)]:
    print(round(x, -1), round(x, -2), round(x, -10), round(x, -30), round(x, -100))
print(round(2 ** 100), round(2 ** 100, 5), round(2 ** 100, 0), round(-(2 ** 70), None))
print(round(10 ** 50, -400), round(-(10 ** 50), -51), round(10 ** 50, -50), round(-(10 ** 50), -50))
print(type(round(True)), round(True, -1), round(7, -1))
