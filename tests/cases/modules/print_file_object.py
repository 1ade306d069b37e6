class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


c = Collect()
print("hello", 42, file=c)
print("x", end="", file=c)
print(c.parts)
print(None, file=None)
