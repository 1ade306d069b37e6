def g():
    yield "a"
    yield "b"

it = g()
print(iter(it) is it)
print(it.__next__())
print(next(it))
try:
    it.__next__()
except StopIteration:
    print("exhausted")
x, y = g()
print(x, y)
a, *rest = g()
print(a, rest)
print("-".join(g()))
print("b" in g(), "z" in g())
