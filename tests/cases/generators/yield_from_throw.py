def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner caught", e)
        yield "recovered"
    return "inner-ret"

def outer():
    r = yield from inner()
    print("outer got", r)
    yield "outer"

g = outer()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
