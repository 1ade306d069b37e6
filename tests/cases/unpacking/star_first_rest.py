first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = (1, 2, 3)
print(init, last)
a, *mid, z = "python"
print(a, mid, z)
x, *y = [1]
print(x, y)
