class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return 'P(%d,%d)' % (self.x, self.y)
s = {P(1, 2), P(1, 2), P(2, 1)}
print(len(s), P(1, 2) in s, P(3, 3) in s)
t = {P(2, 1), P(9, 9)}
print(sorted([repr(p) for p in s & t]), sorted([repr(p) for p in s | t]), sorted([repr(p) for p in s - t]))
s.discard(P(2, 1))
print(s, {P(0, 0): 'origin'}[P(0, 0)])
class Identity:
    pass
a, b = Identity(), Identity()
print(len({a, b, a}), a in {a}, b in {a})
