def g(i):
    yield i
    yield i * 2

gens = [g(i) for i in range(200)]
firsts = [next(x) for x in gens]
seconds = [next(x) for x in gens]
print(sum(firsts), sum(seconds))
print(sum(len(list(x)) for x in gens))
