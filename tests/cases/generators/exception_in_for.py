def g():
    yield 1
    yield 2
    raise KeyError("oops")

total = 0
try:
    for v in g():
        total += v
        print("total", total)
except KeyError as e:
    print("caught", e)
print("after", total)
