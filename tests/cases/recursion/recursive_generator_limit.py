def down(n):
    yield n
    if n:
        yield from down(n - 1)

print(sum(down(300)))

def forever():
    yield from forever()

try:
    next(forever())
except RecursionError:
    print("RecursionError from generators")
