def two():
    yield 1
    yield 2

g = two()
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.args, e.value)
print(next(g, "default"))
print(list(g))
