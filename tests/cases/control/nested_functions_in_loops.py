funcs = []
for i in range(3):
    def f(x, i=i):
        return x * i
    funcs.append(f)
print([f(10) for f in funcs])
closures = []
for i in range(3):
    def make(j):
        def g():
            return j * 100
        return g
    closures.append(make(i))
print([c() for c in closures])
late = []
for i in range(3):
    late.append(lambda: i)
print([l() for l in late])
def outer():
    res = []
    for k in range(3):
        def inner():
            return k
        res.append(inner)
    return [r() for r in res]
print(outer())
