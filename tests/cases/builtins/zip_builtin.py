names = ["ann", "bob", "cy"]
ages = [30, 25, 41]
for n, a in zip(names, ages):
    print(n, a)
for a, b in zip([1, 2, 3], "ab"):
    print(a, b)
out = []
for t in zip(names, ages):
    out.append(t)
print(out)
for x, y, z in zip([1, 2], [3, 4], [5, 6]):
    print(x + y + z)
d = {}
for k, v in zip(["one", "two"], [1, 2]):
    d[k] = v
print(d)
