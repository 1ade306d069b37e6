print(1 << 100, 1 << 64, 1 << 63, -1 << 63, -1 << 100)
print((2 ** 100) >> 1, (2 ** 100) >> 100, (2 ** 100) >> 101, (2 ** 100) >> 1000)
print((-(2 ** 100)) >> 1, (-(2 ** 100)) >> 100, (-(2 ** 100)) >> 101, (-(2 ** 100)) >> 1000)
print((-(2 ** 100) - 1) >> 100, (-(2 ** 100) + 1) >> 100)
print(12345 << 200 >> 200, -12345 << 200 >> 199)
print(0 << 10 ** 20, 5 >> 10 ** 20, -5 >> 10 ** 20)
print((2 ** 100) << 0, 3 >> 0)
for s in [31, 32, 33, 63, 64, 65]:
    print(s, (1 << s) - 1, -(1 << s) >> (s - 1), ((1 << s) | 1) >> 1)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(2 ** 100 >> -(2 ** 100))
except ValueError as e:
    print("ValueError", e)
try:
    print(1 << 2 ** 100)
except OverflowError as e:
    print("OverflowError", e)
