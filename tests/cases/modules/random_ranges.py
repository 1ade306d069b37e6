import random

random.seed(7)
ok = True
seen = set()
for _ in range(500):
    r = random.randint(1, 6)
    seen.add(r)
    ok = ok and 1 <= r <= 6
    v = random.randrange(10, 20, 3)
    ok = ok and v in (10, 13, 16, 19)
    u = random.uniform(2.0, 3.0)
    ok = ok and 2.0 <= u <= 3.0
    n = random.randrange(-5, 0)
    ok = ok and -5 <= n < 0
    m = random.randrange(5)
    ok = ok and 0 <= m < 5
    b = random.getrandbits(8)
    ok = ok and 0 <= b < 256
print(ok, sorted(seen))
print(random.getrandbits(0), random.randrange(1), random.randint(4, 4), random.randrange(3, 4))
print(type(random.random()).__name__, type(random.getrandbits(40)).__name__)
