a = 1.5
b = 0.5
print(a + b)
print(a - b)
print(a * b)
print(a / b)
print(b - a)
print(a * 4)
print(2.0 ** 3)
print(4.0 ** 0.5)
print(-a)
x = 0.0
x += 0.25
x += 0.25
print(x)
