class Counter:
    def __init__(self):
        self.n = 0

    def inc(self, by=1):
        self.n += by
        return self

    def get(self):
        return self.n

c = Counter()
c.inc()
c.inc(5)
print(c.get())
print(c.inc().inc().get())
m = c.get
print(m())
