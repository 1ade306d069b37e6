a = 1
b = a +* 2
print(b)
