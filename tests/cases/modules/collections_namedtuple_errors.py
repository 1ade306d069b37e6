from collections import namedtuple

P = namedtuple("P", "x y")
tests = [
    lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, y=2, z=3), lambda: P(1, x=2),
    lambda: namedtuple("P", "x _y"), lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "x def"),
    lambda: namedtuple("1P", "x"), lambda: P(1, 2)._replace(z=1), lambda: namedtuple("P", "a b", defaults=[1, 2, 3]),
    lambda: P._make([1]),
]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(namedtuple("R", "a def a _b", rename=True)._fields)
