# Long division by multi-limb divisors: q * b + r == a and 0 <= r < b.
a = 13 ** 700 + 12345
for b in [2 ** 64 + 1, 2 ** 95 - 1, 3 ** 100, 10 ** 200 + 7, 2 ** 1000 - 2 ** 500 + 1, 17 ** 400, a - 1, a, a + 1]:
    q, r = divmod(a, b)
    print(q.bit_length(), r.bit_length(), q * b + r == a, 0 <= r < b)
print(divmod(10 ** 100, 10 ** 50 + 1))
print((2 ** 256 - 1) // (2 ** 128 - 1) == 2 ** 128 + 1, (2 ** 256 - 1) % (2 ** 128 + 1))
x = 0xFFFFFFFF_FFFFFFFF_FFFFFFFF_00000000_00000000
y = 0xFFFFFFFF_FFFFFFFF_00000001
print(x // y, x % y)
print(-(10 ** 100) // (10 ** 50 + 1), -(10 ** 100) % (10 ** 50 + 1))
