f = lambda: (yield 1)
g = f()
print(next(g))
try:
    g.send("sent")
except StopIteration as e:
    print("returned", e.value)
