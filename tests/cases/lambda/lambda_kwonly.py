f = lambda a, *, b=2, c: (a, b, c)
print(f(1, c=3))
print(f(1, b=5, c=6))
try:
    f(1)
except TypeError as e:
    print(e)
