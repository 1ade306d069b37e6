class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError('cell out of range')
        return self.cells.get(key, '.')
    def __setitem__(self, key, v):
        self.cells[key] = v
    def __delitem__(self, key):
        del self.cells[key]
    def __contains__(self, v):
        return v in self.cells.values()
    def __iter__(self):
        return iter([self[x, y] for y in range(self.h) for x in range(self.w)])
    def __bool__(self):
        return bool(self.cells)
g = Grid(3, 2)
print(len(g), g[0, 0], bool(g), 'X' in g)
g[1, 1] = 'X'
print(g[1, 1], 'X' in g, bool(g))
del g[1, 1]
print(g[1, 1], bool(g))
try:
    g[5, 5]
except IndexError as e:
    print(e)
g[0, 0] = 'A'
print(list(g), ''.join(g))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
for v in Seq():
    print(v, end=' ')
print()
class Sized:
    def __len__(self):
        return 0
print(bool(Sized()), len(Sized()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
