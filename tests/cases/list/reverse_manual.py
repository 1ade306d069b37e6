a = [1, 2, 3, 4, 5]
i = 0
j = len(a) - 1
while i < j:
    tmp = a[i]
    a[i] = a[j]
    a[j] = tmp
    i += 1
    j -= 1
    print(a)
print(a)
