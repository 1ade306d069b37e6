l = list(range(6))
l[::2] = [9, 9, 9]
print(l)
l[::2] = [1, 2]
