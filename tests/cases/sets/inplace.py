s = {1, 2}
t = s
s |= {3}
s -= {1}
print(sorted(s), t is s)
s &= {2, 3, 9}
print(sorted(s))
s ^= {3, 4}
print(sorted(s), t is s)
f = frozenset([1])
g = f
f |= {2}
print(sorted(f), f is g, type(f).__name__, sorted(g))
try:
    s |= [5]
except TypeError as e:
    print(e)
