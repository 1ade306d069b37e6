class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return self.swallow

with CM("outer", swallow=True):
    with CM("inner"):
        raise TypeError("x")
    print("not reached")
print("continued")
