def inner():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

def outer():
    r = yield from inner()
    print("inner total", r)
    yield "outer-end"

g = outer()
print(next(g))
print(g.send(1))
print(g.send(2))
print(g.send(None))
