def target(a, b, *args, key=None, **kw):
    return a, b, args, key, sorted(kw.items())

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1, 2))
print(forward(1, 2, 3, 4, key="k", extra=5))
print(forward(*"xy", **{"key": 0}))

def wrapper(f):
    def inner(*a, **k):
        print("calling with", a, sorted(k.items()))
        return f(*a, **k)
    return inner

print(wrapper(max)(3, 9, 4))
print(wrapper(sorted)([3, 1, 2], reverse=True))
