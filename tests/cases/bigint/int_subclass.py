class I(int):
    pass
x = I(2 ** 100)
print(x, x + 1, x * 2, str(x), repr(x), hash(x) == hash(2 ** 100), x == 2 ** 100, type(x).__name__)
print(f"{x:,}", "%d" % x, "%x" % x, "%d" % 1e20, "%e" % 2 ** 70, "%.3f" % 2 ** 64)
d = {2 ** 100: "a"}
print(d[x], x in {2 ** 100}, int(x), float(x), -x, abs(I(-5)), abs(I(-2 ** 70)), bytearray(b"ab") * 2)
print(divmod(I(7), 2), I(2**70) // 3, pow(I(3), 100, 10**20))
b = bytearray(b"xy")
b *= 3
print(b)
