def g():
    yield 1

x = g()
print(type(x).__name__)
print(repr(x).startswith("<generator object g at "))
print(hasattr(x, "send"), hasattr(x, "throw"), hasattr(x, "close"))
