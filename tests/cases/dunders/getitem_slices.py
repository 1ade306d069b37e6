class Rec:
    def __getitem__(self, k):
        return k
r = Rec()
print(r[1], r[1:2], r[::2], r[1, 2], r['a'], r[1:2, 3], r[...])
s = r[1:5:2]
print(s.start, s.stop, s.step, type(s).__name__)
class Wrap:
    def __init__(self, data):
        self.data = list(data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Wrap(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v):
        self.data[i] = v
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return 'Wrap(%r)' % self.data
w = Wrap('abcdef')
print(w[1:4], w[-1], w[::-2], len(w))
w[0] = 'Z'
w[1:3] = ['x']
print(w, list(w) if hasattr(w, '__iter__') else [w[i] for i in range(len(w))])
