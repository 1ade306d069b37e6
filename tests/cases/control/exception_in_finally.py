def f():
    try:
        raise ValueError("first")
    finally:
        print("in finally")
        raise KeyError("second")

try:
    f()
except KeyError as e:
    print("caught", repr(e))
except ValueError:
    print("wrong")
