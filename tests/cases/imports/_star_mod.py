a = 1
b = 2
_private = 3


def f():
    return "f"
