class C:
    def __init__(self, *parts, **opts):
        self.parts = parts
        self.opts = opts

    def show(self, *extra, **more):
        return self.parts + extra, sorted({**self.opts, **more}.items())

c = C(*[1, 2], flag=True)
print(c.show(*[3], x=1))
print(C(**{"a": 1}).show())
m = c.show
print(m(*(), **{}))
s = "a,b,c"
print(s.split(*[","]))
print("{}-{}".format(*["x", "y"]))
print("{a}/{b}".format(**{"a": 1, "b": 2}))
