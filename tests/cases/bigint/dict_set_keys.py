d = {}
keys = [2 ** 100, -(2 ** 100), 2 ** 64, 2 ** 63, 10 ** 30, 1, 3 ** 80]
for i, k in enumerate(keys):
    d[k] = i
print(d)
print(d[2 ** 100], d[2.0 ** 100], d[2 ** 64 + 0], d[float(2 ** 63)], d[True])
print(2 ** 100 in d, 2 ** 100 + 1 in d, 2.0 ** 64 in d, (2 ** 100) * 3 // 3 in d)
d[2.0 ** 100] = "float"
print(len(d), d[2 ** 100])
s = {2 ** 100, 2.0 ** 100, 2 ** 100 + 1, 10 ** 30, 10 ** 30 + 0, 2 ** 64, 2 ** 64 * 1}
print(len(s), sorted(s))
s.discard(10 ** 30)
print(10 ** 30 in s, len(s))
m = {}
for i in range(40):
    m[2 ** (64 + i)] = i
print(len(m), m[2 ** 100], sum(m.values()))
print({(2 ** 70, 1): "t"}[(2 ** 70, 1)])
