d = dict.fromkeys(['a', 'b', 'c'])
print(d, dict.fromkeys('xy', 0), dict.fromkeys([]), {}.fromkeys([1], 'v'))
d = {'a': 1, 'b': 2, 'c': 3}
print(d.popitem(), d.popitem(), d)
d['z'] = 26
print(d.popitem(), d)
print(d.setdefault('a', 9), d.setdefault('new', []), d)
d.setdefault('new', []).append(1)
print(d)
print(d.pop('a'), d.pop('missing', 'dflt'), d)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
d.update([('k', 1)], x=2)
d.update({'k': 5})
print(d, d.get('k'), d.get('q'), d.get('q', 0))
print({'a': 1} == {'a': 1}, {'a': 1} == {'a': 2}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1}, {} != {'a': 1}, {1: 'x'} == {1.0: 'x'})
print(dict([(1, 2), [3, 4]]), dict({'a': 1}), dict(a=1, b=2), dict(zip('ab', [1, 2])))
e = d.copy()
e['extra'] = 1
print(len(d), len(e), list(d.items())[:2], list(d.values())[:1])
d.clear()
print(d, bool(d))
for bad in [lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: {[1]: 2}]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
