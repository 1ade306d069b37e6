def g():
    a = yield
    print("a", a)
    b = (yield a) * 2
    print("b", b)
    c = yield (a, b)
    print("c", c)

it = g()
print(next(it))
print(it.send(3))
print(it.send(4))
try:
    it.send("end")
except StopIteration:
    print("done")
