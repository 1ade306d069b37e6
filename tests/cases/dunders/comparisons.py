class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, o):
        return isinstance(o, Ver) and self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __repr__(self):
        return 'Ver' + repr(self.parts)
a, b = Ver(1, 2), Ver(1, 3)
print(a == Ver(1, 2), a != Ver(1, 2), a == b, a != b, a < b, a <= b, a > b, a >= b, b > a)
print(sorted([b, a, Ver(0, 9)]), max(a, b), min([b, a]))
print(a == 1, 1 == a, a != 'x')
class Ne:
    def __ne__(self, o):
        return 'custom ne'
print(Ne() != 1, Ne() == Ne())
class NoCmp:
    pass
try:
    NoCmp() < NoCmp()
except TypeError as e:
    print(e)
x = NoCmp()
print(x == x, x != x, x == NoCmp())
class Always:
    def __eq__(self, o):
        return True
print(Always() == 3, 3 == Always(), Always() != 3, [Always()] == [5], Always() in [1, 2])
