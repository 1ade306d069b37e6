def g():
    yield 1
    next(iter([]))
    yield 2

try:
    for x in g():
        print(x)
except RuntimeError as e:
    print("RuntimeError:", e)
    print(type(e.__cause__).__name__)
