def g():
    yield 1
    raise StopIteration

for v in g():
    print(v)
