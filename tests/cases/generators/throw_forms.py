def g():
    while True:
        try:
            yield
        except Exception as e:
            print(type(e).__name__, e.args)

it = g()
next(it)
it.throw(ValueError)
it.throw(ValueError("inst"))
it.throw(KeyError, "val")
it.throw(TypeError, ("a", "b"))
try:
    it.throw(5)
except TypeError as e:
    print("TypeError:", e)
