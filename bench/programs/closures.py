# Closures: nested functions reading and rebinding enclosing variables, lambdas, functions as values.
N = 800000  # size; tiny: 1000


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    return bump


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    def h(x):
        return f(g(x))

    return h


def work(n):
    c1 = make_counter(1)
    c3 = make_counter(3)
    add5 = compose(make_adder(2), make_adder(3))
    acc = 0
    for i in range(n):
        acc = (acc + c1() + add5(i) + (c3() if i & 1 else 0)) % 1000000007
    fs = [make_adder(j) for j in range(10)]
    for i in range(n // 10):
        for f in fs:
            acc = f(acc) % 1000000007
    return acc


print("closures", work(N))
