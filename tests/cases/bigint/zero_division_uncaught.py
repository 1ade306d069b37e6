a = 2 ** 100
print(a % 7)
print(a // (a - a))
