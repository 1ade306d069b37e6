# Small-int arithmetic at the edges of 31 bits, with signs, in plain and in-place forms.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 1073741823, -1073741824, 1073741822, -1073741823, 65536, -65536]
for x in vals:
    row = []
    for y in vals:
        row.append(x + y)
        row.append(x - y)
        row.append(x * y)
        row.append(x & y)
        row.append(x | y)
        row.append(x ^ y)
        if y != 0:
            row.append(x // y)
            row.append(x % y)
        if 0 <= y < 70:
            row.append(x << y)
            row.append(x >> y)
    print(x, sum(row), row[:12])
for x in vals:
    a = x
    a += 5
    a -= 3
    a *= -7
    a //= 3
    a %= 1000
    a <<= 3
    a >>= 1
    a &= 0xFFFF
    a |= 0x10000
    a ^= 0x3
    print(x, a)
for sh in [-1, -5]:
    try:
        print(1 << sh)
    except ValueError as e:
        print("ValueError", e)
    try:
        print(1 >> sh)
    except ValueError as e:
        print("ValueError", e)
for d in [0]:
    for op in ("//", "%"):
        try:
            print(5 // d if op == "//" else 5 % d)
        except ZeroDivisionError as e:
            print("ZeroDivisionError", e)
print(-1073741824 // -1, -1073741824 * -1, 1073741823 + 1)
t = 0
for i in range(10, -10, -3):
    t = t * 3 + i
print(t)
for i in range(1073741820, 1073741823):
    print(i)
for i in range(-1073741822, -1073741825, -1):
    print(i)
