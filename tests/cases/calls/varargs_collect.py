def f(*args, **kwargs):
    print(args, sorted(kwargs.items()))

f()
f(1, 2)
f(*[1, 2], 3, *(4,))
f(x=1, **{"y": 2})
f(1, *[2], z=3, **{"w": 4})
def g(a, *rest):
    return a, rest
print(g(*[1, 2, 3]))
