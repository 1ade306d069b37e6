# Recursive calls: fib(20) computed N times (21,891 calls each).
N = 360  # size; tiny: 1


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for i in range(N):
    total += fib(20) + i
print("fib", total)
