def isqrt(n):
    if n < 2:
        return n
    x = 1 << ((n.bit_length() + 1) // 2)
    while True:
        y = (x + n // x) // 2
        if y >= x:
            return x
        x = y

for n in [10 ** 100, 2 ** 199, 10 ** 60 + 1, 12345678901234567890 ** 2, 12345678901234567890 ** 2 - 1, 99]:
    r = isqrt(n)
    print(r, r * r <= n < (r + 1) * (r + 1))
print(isqrt(2 * 10 ** 200))
