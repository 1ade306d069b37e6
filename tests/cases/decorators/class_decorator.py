def add_repr(cls):
    def __repr__(self):
        return cls.__name__ + "(" + str(self.x) + ", " + str(self.y) + ")"
    cls.__repr__ = __repr__
    return cls

@add_repr
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

print(repr(Point(1, 2)))

def singleton(cls):
    inst = cls()
    return lambda: inst

@singleton
class Config:
    pass

print(Config() is Config())
