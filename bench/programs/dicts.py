# Dicts: insert, look up (hits and misses), update, iterate and delete, with int and string keys.
# Dicts hold a few thousand entries and are rebuilt each round (MCU-sized tables).
N = 150  # size; tiny: 1

KEYS = ["k" + str(i) for i in range(500)]


def round_(r):
    d = {}
    for i in range(2000):
        d[i * 7 + r] = i
    hits = 0
    for i in range(4000):
        if i in d:
            hits += d[i]
    names = {}
    for i in range(2000):
        key = KEYS[(i * 13 + r) % 500]
        names[key] = names.get(key, 0) + i
    total = 0
    for k, v in names.items():
        total = (total + v * len(k)) % 1000000007
    for k in d:
        total = (total + k) % 1000000007
    for v in d.values():
        total ^= v
    for i in range(0, 2000, 3):
        del d[i * 7 + r]
    s = {}
    for i in range(1000):
        s["x" + str(i % 300)] = i
    return (hits + total + len(d) + len(names) + len(s)) % 1000000007


def work(n):
    acc = 0
    for r in range(n):
        acc = (acc + round_(r)) % 1000000007
    return acc


print("dicts", work(N))
