x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 3
print(x)
y = 7
y /= 2
print(y)
n = 0
for i in range(5):
    n += i
print(n)
