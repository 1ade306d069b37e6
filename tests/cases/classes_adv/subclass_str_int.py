class Name(str):
    def shout(self):
        return self.upper() + '!'
n = Name('bob')
print(n, n.shout(), len(n), n[0], n + 'by', n == 'bob', isinstance(n, str), type(n).__name__)
print(n.capitalize(), 'b' in n, {n: 1}['bob'], repr(n), f'{n:>5}', '%s' % n)
class Money(int):
    def __str__(self):
        return '$' + str(int(self))
m = Money(5)
print(m, m + 1, m * 2, m > 3, int(m), -m, str(m), repr(m), isinstance(m, int), hash(m) == hash(5))
class Even(int):
    def __new__(cls, v):
        return super().__new__(cls, v - v % 2)
print(Even(7), Even(8), type(Even(3)).__name__)
class Pt(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Pt(1, 2)
print(p, p.x, len(p), p[1], p == (1, 2), type(p).__name__)
class F(float):
    pass
print(F(1.5) + 1, F('2.5'), isinstance(F(1), float))
