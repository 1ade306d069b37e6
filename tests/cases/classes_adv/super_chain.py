class Base:
    def __init__(self, opts):
        print('Base init', sorted(opts))
        self.base = True
class Left(Base):
    def __init__(self, opts):
        print('Left', opts.get('left'))
        super().__init__(opts)
        self.left = opts['left']
class Right(Base):
    def __init__(self, opts):
        print('Right', opts.get('right'))
        super().__init__(opts)
        self.right = opts['right']
class Both(Left, Right):
    def __init__(self, opts):
        print('Both')
        super().__init__(opts)
b = Both({'left': 1, 'right': 2})
print(b.left, b.right, b.base)
class P:
    def greet(self):
        return 'P'
class Q(P):
    def greet(self):
        return 'Q+' + super().greet()
class R(Q):
    def greet(self):
        return 'R+' + super(Q, self).greet()
print(R().greet(), Q().greet())
class S(P):
    @classmethod
    def make(cls):
        return cls.__name__
class T(S):
    @classmethod
    def make(cls):
        return 'T:' + super().make()
print(T.make())
