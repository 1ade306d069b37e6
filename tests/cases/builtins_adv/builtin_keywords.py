# Builtin functions refuse keywords they do not take and accept those they do,
# with CPython's wording for each error.

def err(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
    else:
        print("no error")

# Refused: these builtins take no keyword arguments.
err(lambda: len([1], foo=2))
err(lambda: range(0, 3, step=1))
err(lambda: abs(x=1))
err(lambda: divmod(7, y=2))
err(lambda: isinstance(1, class_or_tuple=int))
err(lambda: hex(number=1))
err(lambda: any(iterable=[]))
err(lambda: list(iterable=[1]))
err(lambda: frozenset(iterable=[1]))
err(lambda: getattr(1, "real", default=0))
# Unknown keywords of builtins that take some.
err(lambda: print(1, foo=2))
err(lambda: int("11", bas=2))
err(lambda: int(x="1"))
err(lambda: min([1], foo=1))
err(lambda: enumerate([1], start=1, foo=2))
err(lambda: pow(2, 3, exp=4))
err(lambda: str(foo=1))
# Counts.
err(lambda: len())
err(lambda: len([], []))
err(lambda: divmod(1))
err(lambda: range())
err(lambda: range(1, 2, 3, 4))
err(lambda: sorted())
err(lambda: sorted([], []))
err(lambda: enumerate(1, 2, 3))
err(lambda: pow(1))
err(lambda: round())
err(lambda: object(1))
err(lambda: hash())

# Accepted.
print(list(enumerate(iterable="ab")), list(enumerate("ab", start=5)))
print(sorted([3, 1, 2], key=lambda x: -x, reverse=True), sorted("bca", reverse=False))
print(int("ff", base=16), int("11", 2), int(), str(object=5), str(b"hi", encoding="ascii"))
print(sum([1, 2], start=10), pow(base=2, exp=10), pow(2, 10, mod=7), round(number=2.675, ndigits=1))
print(min([3, 1], key=lambda x: -x), max([], default="empty"))
print("a", "b", sep="-", end="!\n")
print("x", sep=None, end=None)
print(dict([(1, 2)], a=3), dict(iterable=1))
p = property(fget=lambda self: 1, doc="d")
print(p.__doc__)
