class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.private[1:]} must be {self.kind.__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print("delete", self.private)
        delattr(obj, self.private)

class Point:
    x = Typed(int)
    y = Typed(int)
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, sorted(vars(p).items()) if False else p.__dict__)
try:
    p.x = "no"
except TypeError as e:
    print("TypeError:", e)
p.__dict__["x"] = 99
print(p.x)
del p.x
print(p.x, isinstance(Point.x, Typed))

class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, cls):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v

class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r

c = Circle(2)
print(c.area, c.area)

class ReadOnly:
    def __get__(self, obj, cls):
        return 7
    def __delete__(self, obj):
        pass
class R:
    v = ReadOnly()
r = R()
try:
    r.v = 1
except AttributeError as e:
    print("AttributeError:", e)
print(r.v, R.v)

