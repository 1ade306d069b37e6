# Two's-complement semantics on big and negative ints, as CPython.
vals = [0, 1, -1, 2 ** 64, -(2 ** 64), 2 ** 64 - 1, -(2 ** 64) + 1, 2 ** 100 + 12345, -(2 ** 100) - 12345, 0xFFFF0000FFFF0000FFFF, -0x123456789ABCDEF0123]
for a in vals:
    for b in vals[:7]:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(~a, -a, +a, ~~a == a)
print((-(2 ** 70)) & 0xFF, (-(2 ** 70)) | 0xFF, (-(2 ** 70)) ^ -1)
print(-1 & (2 ** 128 - 1) == 2 ** 128 - 1)
