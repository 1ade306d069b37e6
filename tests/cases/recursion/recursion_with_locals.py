def fill(n, acc):
    a = [n] * 3
    b = {"n": n}
    c = str(n)
    if n == 0:
        return acc
    acc.append(len(a) + b["n"] + len(c))
    return fill(n - 1, acc)

r = fill(800, [])
print(len(r), sum(r))
