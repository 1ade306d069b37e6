# Generators: generator functions, yield from, generator expressions, and iteration over them.
N = 800000  # size; tiny: 1000


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def chained(n):
    yield from count_up(n)
    yield from count_up(n // 2)


def work(n):
    acc = 0
    for x in evens(count_up(n)):
        acc = (acc + x) % 1000000007
    acc = (acc + sum(x * x for x in range(n) if x % 3 == 0)) % 1000000007
    for x in chained(n):
        acc ^= x
    g = count_up(10)
    acc += next(g) + next(g)
    return acc


print("generators", work(N))
