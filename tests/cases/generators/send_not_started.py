def g():
    x = yield 1
    print("x =", x)
    yield 2

it = g()
try:
    it.send(5)
except TypeError as e:
    print("TypeError:", e)
print(it.send(None))
print(it.send("hello"))
