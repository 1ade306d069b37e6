d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'c': 30, 'd': 40}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(sorted(d.keys() & {'a', 'z'}), sorted(d.keys() - ['a']), type(d.keys() & e.keys()).__name__)
print(d.keys() == {'a', 'b', 'c'}, d.keys() == e.keys(), {'a', 'b', 'c'} == d.keys())
print(sorted(d.items() & {('a', 1), ('b', 3)}), ('a', 1) in d.items(), ('a', 2) in d.items())
print(d.keys() <= {'a', 'b', 'c', 'd'}, d.keys() < d.keys(), d.keys().isdisjoint({'z'}), d.items().isdisjoint([('a', 1)]))
print(len(d.keys()), len(d.values()), len(d.items()), 'a' in d.keys(), 1 in d.values())
k = d.keys()
d['z'] = 26
print(sorted(k), list(reversed(d.keys()))[0])
