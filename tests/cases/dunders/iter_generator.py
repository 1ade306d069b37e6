class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), sum(t), 3 in t, 9 in t, sorted(t, reverse=True), max(t))
for v in t:
    print(v, end=' ')
print()
class Pairs:
    def __init__(self, d):
        self.d = d
    def __iter__(self):
        return iter(sorted(self.d.items()))
print(dict(Pairs({'b': 2, 'a': 1})), list(Pairs({'x': 0})))
