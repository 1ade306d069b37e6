class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o):
        return self.__add__(o)
    def __repr__(self):
        return 'V(%r)' % self.x
print(sum([V(1), V(2), V(3)]), sum([V(1)], V(10)), 5 + V(1), V(1) + 5)
class NI:
    def __eq__(self, o):
        return NotImplemented
    def __lt__(self, o):
        return NotImplemented
a = NI()
print(a == a, a == NI(), a != NI())
try:
    a < NI()
except TypeError as e:
    print(e)
class Truthy:
    def __contains__(self, x):
        return 'yes' if x else ''
print(1 in Truthy(), 0 in Truthy(), 0 not in Truthy())
