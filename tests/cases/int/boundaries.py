n = 1
i = 0
while True:
    if i % 7 == 0 or i > 58:
        print(i, n, -n)
    if i == 62:
        break
    n = n * 2
    i = i + 1
x = 2 ** 30 - 1
print(x, x + 1, x + 2)
y = 2 ** 31 - 1
print(y, y + 1, -y - 1, -y - 2)
z = 2 ** 32
print(z - 1, z, z + 1)
print(2 ** 62 - 1, 2 ** 62)
print(2 ** 31 * 2 ** 31)
print(2 ** 62 // 2 ** 31)
