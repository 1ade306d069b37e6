class Counter(dict):
    def __missing__(self, key):
        return 0
    def add(self, k):
        self[k] = self[k] + 1
c = Counter()
for w in 'abracadabra':
    c.add(w)
print(sorted(c.items()), c['z'], 'z' in c, len(c))
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = Lower()
d['ABC'] = 1
print(d['abc'], d['AbC'], list(d.keys()), d)
class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
a = Attr(x=1, y=2)
print(a.x, a.y, a.get('x'), sorted(a), isinstance(a, dict))
try:
    a.z
except AttributeError as e:
    print('AttributeError', e)
print(dict(a), Attr.fromkeys('ab', 0), type(Attr.fromkeys('a')).__name__)
