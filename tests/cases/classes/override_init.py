class Base:
    def __init__(self):
        self.kind = "base"
        self.ready = True

class NoSuper(Base):
    def __init__(self):
        self.kind = "nosuper"

class WithSuper(Base):
    def __init__(self):
        super().__init__()
        self.kind = "withsuper"

class Inherits(Base):
    pass

a = NoSuper()
b = WithSuper()
c = Inherits()
print(a.kind)
print(b.kind, b.ready)
print(c.kind, c.ready)
try:
    print(a.ready)
except AttributeError as e:
    print("AttributeError:", e)
