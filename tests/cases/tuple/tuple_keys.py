d = {}
d[(0, 0)] = "origin"
d[(1, 2)] = "point"
print(d[(1, 2)])
print((0, 0) in d)
print((2, 1) in d)
for k in d:
    print(k, d[k])
