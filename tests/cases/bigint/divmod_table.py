# Floor division and modulo signs, for big and mixed-size operands.
vals = [2 ** 100 + 7, -(2 ** 100) - 7, 2 ** 64, -(2 ** 64), 12345678901234567890123, -98765432109876543210, 7, -7, 3, -3, 1]
divs = [2 ** 33 + 1, -(2 ** 33) - 1, 2 ** 70 - 3, -(2 ** 70) + 3, 10, -10, 1, -1]
for a in vals:
    for b in divs:
        q, r = divmod(a, b)
        assert q * b + r == a
        assert (r == 0) or ((r < 0) == (b < 0))
        assert a // b == q and a % b == r
        print(a, b, q, r)
