def f(*, x, y, z=0):
    return x + y + z

print(f(x=1, y=2))
f(z=1)
