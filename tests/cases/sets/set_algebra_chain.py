a = set(range(10))
b = {x for x in range(5, 15)}
c = {1, 3, 5, 7, 9, 11}
print(sorted(a & b & c), sorted(a | b | c), sorted((a - b) ^ c), sorted(a.intersection(b, c)), sorted(a.union(b, c)))
print(sorted(a.difference(b, c)), (a & b) <= a, (a | b) >= b, a.issuperset(a & c), (a - a) == set())
print(len(a ^ a), len(a | set()), a & set() == set(), sorted(c - {1} - {3}))
s = set()
for i in range(5):
    s |= {i * i}
print(sorted(s))
