f = frozenset([3, 1, 2, 3])
print(len(f), sorted(f), 2 in f, 5 in f, type(f).__name__)
print(frozenset(), frozenset(f) is f, frozenset('aab') == frozenset('ab'))
d = {frozenset([1, 2]): 'x', frozenset(): 'empty'}
print(d[frozenset([2, 1])], d[frozenset()])
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
s = {frozenset([1]), frozenset([1])}
print(len(s))
print(sorted(f | {9}), type(f | {9}).__name__, type({9} | f).__name__, type(f.union([4])).__name__)
print(sorted(f.intersection([1, 2])), sorted(f.difference([1])), f.issubset([1, 2, 3, 4]), f.isdisjoint([7]))
print(f.copy() is f)
for name in ['add', 'remove', 'discard', 'pop', 'clear', 'update']:
    print(name, hasattr(f, name))
try:
    f.add(1)
except AttributeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
