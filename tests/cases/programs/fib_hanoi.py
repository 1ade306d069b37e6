def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


for i in range(15):
    print(i, fib(i))
print(fib(20))


def fib_iter(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


print(fib_iter(90))

moves = []


def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src)


hanoi(3, "A", "C", "B")
for m in moves:
    print(f"move disk {m[0]} from {m[1]} to {m[2]}")
moves = []
hanoi(10, "A", "C", "B")
print(len(moves), moves[0], moves[-1])
