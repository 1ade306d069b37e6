def inner():
    try:
        yield 1
        yield 2
    finally:
        print("inner cleanup")

def outer():
    try:
        yield from inner()
    finally:
        print("outer cleanup")

g = outer()
print(next(g))
g.close()
print("closed")
g.close()
print(list(g))
