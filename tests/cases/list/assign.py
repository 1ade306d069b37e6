a = [0, 0, 0]
a[0] = 5
print(a)
a[-1] = 9
print(a)
a[1] = a[0] + a[2]
print(a)
a[1] += 100
print(a)
a[2] = "str"
print(a)
