def make_adders():
    return [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in make_adders()])
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
k = 5
f = lambda x, k=k: x * k
k = 100
print(f(2))
g = lambda x: x * k
print(g(2))
