def make():
    fns = []
    for i in range(3):
        x = i * 10
        fns.append(lambda: x)
    return fns
print([f() for f in make()])
def counters():
    out = []
    for name in "ab":
        def mk(n):
            count = 0
            def step():
                nonlocal count
                count += 1
                return n + str(count)
            return step
        out.append(mk(name))
    return out
a, b = counters()
print(a(), a(), b(), a())
