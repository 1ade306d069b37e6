print(1 + 2.0)
print(3 * 0.5)
print(10 - 2.5)
print(7 / 2.0)
print(2 ** 0.5 > 1.41)
print(1 == 1.0)
print(2.0 == 2)
print(3 < 3.5)
print(type(1 + 1.0).__name__)
print(type(2 * 3).__name__)
n = 5
f = 2.5
print(n * f)
print(n + f)
