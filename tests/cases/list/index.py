a = [10, 20, 30, 40]
print(a[0])
print(a[3])
print(a[-1])
print(a[-4])
i = 2
print(a[i])
print(a[i - 1] + a[i + 1])
print(a[len(a) - 1])
