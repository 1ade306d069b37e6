def inner():
    yield 1
    yield 2

def outer():
    try:
        yield from inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "handled"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(list(g))
