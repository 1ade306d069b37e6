def g():
    yield 1
    yield 2

it = g()
print(next(it))
try:
    it.throw(IndexError("bad"))
except IndexError as e:
    print("propagated", e)
print(list(it))
