def two(a, b):
    return a + b

print(two(1, 2))
x = 5
print(x(3))
