class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *args):
        print("exit", self.name)

with CM("one") as a, CM("two") as b, CM("three"):
    print("inside", a.name, b.name)
