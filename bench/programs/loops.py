# Integer loops: while and for loops doing small-int arithmetic, comparisons and branches.
N = 2000000  # size; tiny: 3000


def work(n):
    acc = 0
    i = 0
    while i < n:
        x = i * 7 + 3
        if x % 3 == 0:
            acc += x >> 2
        elif x & 1:
            acc -= i
        else:
            acc ^= x
        i += 1
    for j in range(n):
        acc = (acc + j * j) % 1000003
    return acc


print("loops", work(N))
