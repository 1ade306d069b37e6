s = {1, 2, 3}
print(sorted(s.union('ab')), sorted(s.intersection(range(2, 10))), sorted(s.difference([1], (2,))), sorted(s.symmetric_difference(range(3))))
print(s.issubset(range(5)), s.issuperset(range(2)), s.isdisjoint('abc'), s.isdisjoint([3]))
s.update('xy', [9])
print(sorted(map(str, s)))
try:
    s.union(5)
except TypeError as e:
    print(e)
try:
    s.symmetric_difference()
except TypeError as e:
    print(type(e).__name__)
try:
    set(1)
except TypeError as e:
    print(e)
try:
    set([1], [2])
except TypeError as e:
    print(e)
