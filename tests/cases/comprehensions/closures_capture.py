fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make():
    return [lambda x, k=k: x * k for k in range(1, 4)]
print([h(10) for h in make()])
