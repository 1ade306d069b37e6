d = {2.0 ** 70: "float"}
d[2 ** 70] = "int"
print(d, len(d))
s = set()
for k in [2 ** 60, 2.0 ** 60, 2 ** 60 + 1, float(2 ** 60 + 1), 10 ** 22, 1e22, 10 ** 23, 1e23]:
    s.add(k)
print(len(s), 10 ** 23 in s, 1e23 in s, 10 ** 23 == 1e23)
print(hash(2 ** 60 + 1) == hash(float(2 ** 60 + 1)), 2 ** 60 + 1 == float(2 ** 60 + 1))
