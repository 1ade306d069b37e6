t = ((1, 2), (3, (4, 5)))
print(t)
print(t[1][1][0])
print(len(t[1]))
a = (1, [2, 3])
a[1].append(4)
print(a)
try:
    a[0] = 9
except TypeError as e:
    print("TypeError:", e)
