a, *b, c = range(6)
print(a, b, c, type(b).__name__)
h, *t = {"k1": 1, "k2": 2}
print(h, t)
p, *q = (n * n for n in range(4))
print(p, q)
[m, *n] = "xy"
print(m, n)
(u, *v), w = [1, 2, 3], 4
print(u, v, w)
