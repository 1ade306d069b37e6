d = {}
for w in ["pear", "apple", "fig", "banana"]:
    d[w] = len(w)
print(d)
d["apple"] = 0
print(d)
for k in d:
    print(k)
n = {}
for i in [5, 3, 9, 1]:
    n[i] = i * 10
print(n)
for k in n:
    print(k, n[k])
