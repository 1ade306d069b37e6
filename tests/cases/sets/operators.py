a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a <= b, {3} <= b, {3} < b, b < b, b <= b, a >= {1}, a > {1}, a > a, {1} > set())
print(a == {4, 3, 2, 1}, a != b, set() == set(), {1} == frozenset([1]))
print(a.isdisjoint({9}), a.isdisjoint([1]), a.issuperset([1, 2]), a.issubset(range(10)))
for op in ['|', '&', '-', '^']:
    try:
        eval('a ' + op + ' [1]') if False else None
    except TypeError as e:
        print(e)
try:
    a | [1]
except TypeError as e:
    print(e)
try:
    a < [1]
except TypeError as e:
    print(e)
