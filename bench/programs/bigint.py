# Big integers: factorials, Fibonacci numbers past 64 bits, modular exponentiation and division.
N = 1500  # size; tiny: 2


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


def bigfib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def work(n):
    m = 1000000007
    acc = 0
    for k in range(n):
        f = fact(300 + k)
        g = bigfib(1000 + k)
        acc = (acc + f % m + g % m) % m
        q, r = divmod(f, g)
        acc = (acc + q % m + r % m) % m
        p = pow(3, 200 + k, (1 << 127) - 1)
        acc = (acc + (p >> 64) % m + (f ^ g) % m + (g << 33) % m) % m
        acc = (acc + len(str(g))) % m
    return acc


print("bigint", work(N))
