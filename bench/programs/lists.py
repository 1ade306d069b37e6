# Lists: append, pop, indexing, slicing, comprehensions, sort and sorted with a key.
N = 440  # size; tiny: 1


def rng(seed):
    # A linear congruential generator as a list of numbers (deterministic across interpreters).
    out = []
    x = seed
    for _ in range(2000):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x >> 8)
    return out


def work(n):
    acc = 0
    for r in range(n):
        xs = rng(r + 1)
        ys = sorted(xs)
        acc = (acc + ys[0] + ys[-1] + ys[len(ys) // 2]) % 1000000007
        zs = [x % 1000 for x in xs if x & 1]
        zs.sort(key=lambda v: -v)
        acc = (acc + zs[0] + len(zs)) % 1000000007
        stack = []
        for x in xs[:500]:
            stack.append(x)
            if x % 3 == 0:
                acc = (acc + stack.pop()) % 1000000007
        mid = xs[100:200]
        mid.reverse()
        acc = (acc + sum(mid[::7]) + len(stack) + xs.index(xs[1000])) % 1000000007
        pairs = [(x % 97, x) for x in xs[:300]]
        pairs.sort()
        acc = (acc + pairs[0][1] + pairs[-1][1]) % 1000000007
    return acc


print("lists", work(N))
