l = list(range(8))
l[2:4] = ["a", "b", "c"]
print(l)
l[:0] = [-1]
print(l)
l[len(l):] = [100]
print(l)
l[1:3] = []
print(l)
l[:] = [1, 2, 3]
print(l)
l[1:2] = "xy"
print(l)
l[::2] = [0, 0]
print(l)
try:
    l[::2] = [1]
except ValueError as e:
    print(e)
