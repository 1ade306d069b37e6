x = 3 ** 1000
print(len(str(x)))
y = x * 1.5
print(y)
