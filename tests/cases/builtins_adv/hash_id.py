print(hash(0), hash(1), hash(-1), hash(True), hash(False), hash(2.0) == hash(2), hash(0.0) == hash(0))
print(hash('a') == hash('a'), hash((1, 'a')) == hash((1, 'a')), hash(frozenset({1})) == hash(frozenset([1])), hash(b'q') == hash(b'q'))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(e)
a = []
b = a
print(id(a) == id(b), id(a) == id([]), a is b, isinstance(id(a), int))
class K:
    pass
k = K()
print(hash(k) == hash(k), k in {k: 1})
