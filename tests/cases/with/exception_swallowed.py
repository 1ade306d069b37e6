class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        ok = t is not None and issubclass(t, self.types)
        print("suppress?", ok)
        return ok

with Suppress(KeyError):
    {}["missing"]
print("after KeyError")
with Suppress(KeyError, IndexError):
    [][1]
print("after IndexError")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")
