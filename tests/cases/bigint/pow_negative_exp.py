print(2 ** -2, (2 ** 100) ** -1, (-(2 ** 70)) ** -3, 10 ** -20)
print(2 ** -(2 ** 100), (2 ** 64) ** -(2 ** 3))
print((10 ** 30) ** 0.5, (10 ** 30) ** 1.5 > 1e44, 2 ** 0.5)
try:
    print(0 ** -(2 ** 100))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print((2 ** 2000) ** -1)
except OverflowError as e:
    print("OverflowError", e)
print(1 ** (2 ** 200), (-1) ** (2 ** 200), (-1) ** (2 ** 200 + 1), 0 ** (2 ** 200), (2 ** 100) ** 0)
