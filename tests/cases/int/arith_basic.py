a = 17
b = 5
print(a + b)
print(a - b)
print(b - a)
print(a * b)
print(a * -b)
print(a // b)
print(a % b)
print(a ** 2)
print(0 * a)
print(a + b * 2)
print((a + b) * 2)
