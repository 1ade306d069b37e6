class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return self.n + x + y
a = Adder(10)
print(a(1), a(1, y=2), callable(a), callable(Adder), callable(5), list(map(a, [1, 2])))
class S:
    def __str__(self):
        return 'str!'
class R:
    def __repr__(self):
        return 'repr!'
class Both:
    def __str__(self):
        return 's'
    def __repr__(self):
        return 'r'
print(str(S()), str(R()), repr(R()), [R()], (Both(),), {'k': Both()}, str(Both()), f'{Both()} {Both()!r}')
print('%s %r' % (Both(), Both()), format(Both()), '{} {!r}'.format(Both(), Both()))
class BadStr:
    def __str__(self):
        return 5
try:
    str(BadStr())
except TypeError as e:
    print(e)
