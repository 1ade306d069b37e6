a = [1, 2]
b = [3]
print(a + b)
print(b + a)
print(a + [])
print(a * 3)
print([0] * 5)
print([] * 10)
print(2 * ["x"])
c = a
c = c + [9]
print(a, c)
a += [7]
print(a)
