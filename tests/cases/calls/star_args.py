def f(a, b, c):
    return a + b + c

args = [1, 2, 3]
print(f(*args))
print(f(1, *[2, 3]))
print(f(*[1], *(2,), 3))
print(f(*range(3)))
print(f(*"abc"))
