def square(x):
    return x * x

def double(x):
    return x * 2

def apply(f, values):
    out = []
    for v in values:
        out.append(f(v))
    return out

print(apply(square, [1, 2, 3]))
print(apply(double, [1, 2, 3]))
ops = {"sq": square, "db": double}
for name in ops:
    print(name, ops[name](7))
g = square
print(g(9))
print(type(square).__name__)
