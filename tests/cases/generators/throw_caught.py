def g():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("handled", e)

it = g()
print(next(it))
print(it.throw(ValueError("one")))
print(it.throw(ValueError("two")))
print(next(it))
