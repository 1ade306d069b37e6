class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]
    @classmethod
    def how_many(cls):
        return cls.count
    @staticmethod
    def helper(x, y=2):
        return x * y
class Sub(Counter):
    pass
Counter.make(2)
print(Counter.how_many(), Counter().how_many(), Sub.how_many())
print(type(Sub.make(1)[0]).__name__)
print(Counter.helper(3), Counter().helper(3, 3), Sub.helper(x=4))
cm = Counter.__dict__['make']
print(type(cm).__name__, type(Counter.__dict__['helper']).__name__)
print(Counter.helper is Counter.__dict__['helper'].__func__)
def plain(cls):
    return cls.__name__
class D:
    name = classmethod(plain)
    st = staticmethod(len)
print(D.name(), D().name(), D.st('abc'))
