d = {'a': 1, 'b': 2}
k, v, it = d.keys(), d.values(), d.items()
d['c'] = 3
print(list(k), list(v), list(it), len(k), 'c' in k, 3 in v, ('c', 3) in it)
del d['a']
print(list(k), sorted(k | {'z'}), sorted(it), k == {'b', 'c'}, v == v)
print(type(k).__name__, type(v).__name__, type(it).__name__, repr(k), repr(v))
for key, val in d.items():
    print(key, val)
print(list(zip(d.keys(), d.values())), dict(d.items()) == d, list(reversed(d.values())))
try:
    d.values() | {1}
except TypeError as e:
    print(e)
