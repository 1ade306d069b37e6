x = 1
for i in range(1, 40):
    x *= i
    x += i ** 10
    x -= 3
print(x)
x //= 10 ** 20
print(x)
x %= 10 ** 15 + 37
print(x)
x **= 5
print(x)
x <<= 70
x >>= 3
x |= 1
x ^= 2 ** 90
x &= 2 ** 120 - 1
print(x)
