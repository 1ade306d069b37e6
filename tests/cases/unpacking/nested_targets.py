(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, [c, d]]] = [1, [2, [3, 4]]]
print(a, b, c, d)
x = y = z = 0
print(x, y, z)
a, b = b, a
print(a, b)
a, b, c = c, a, b
print(a, b, c)
