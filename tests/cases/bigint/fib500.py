def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

print(fib(90), fib(92), fib(93), fib(100))
print(fib(500))
f1000 = fib(1000)
print(len(str(f1000)), str(f1000)[:30])
# Cassini: F(n-1) F(n+1) - F(n)^2 = (-1)^n
n = 300
print(fib(n - 1) * fib(n + 1) - fib(n) ** 2)
print(fib(301) * fib(299) - fib(300) ** 2 == 1)
