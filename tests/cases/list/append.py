a = []
for i in range(5):
    a.append(i * i)
    print(a)
print(len(a))
b = [1]
b.append([2, 3])
print(b)
print(len(b))
