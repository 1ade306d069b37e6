# Results that fit come back as ordinary ints.
big = 2 ** 100
x = big - big + 5
print(x, type(x), x + 1, x * 3, hash(x), x == 5, {5: "five"}[x])
y = (big + 7) % big
print(y, y << 3, [10, 20, 30, 40, 50, 60, 70, 80][y])
z = big // 2 ** 99
print(z, "ab" * z, range(10)[z], chr(65 + z))
w = (big * big) // (big * big // 3)
print(w, w.bit_length(), -((2 ** 100 - 1) // (2 ** 99)))
n = int("0000000000000000000000000000000042")
print(n, n + 0, [0] * n == [0] * 42)
v = 2 ** 64 >> 60
print(v, v & 7, v | 1)
print(-(2 ** 63) - 1 + 1, (-(2 ** 63) - 1 + 1) // 2, abs(-(2 ** 63) - 1 + 1))
