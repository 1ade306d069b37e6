l = list(range(10))
del l[2:4]
print(l)
del l[::3]
print(l)
del l[-2:]
print(l)
del l[::-2]
print(l)
del l[:]
print(l)
d = list(range(5))
del d[10:]
print(d)
