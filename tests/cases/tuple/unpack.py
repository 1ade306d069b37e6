a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = (10, 20, 30)
print(x + y + z)
p, q = [7, 8]
print(p, q)
first, second = "hi"
print(first, second)
pairs = [(1, "one"), (2, "two")]
for num, name in pairs:
    print(num, name)
