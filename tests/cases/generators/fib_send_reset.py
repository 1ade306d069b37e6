def fib():
    a, b = 0, 1
    while True:
        cmd = yield a
        if cmd == "reset":
            a, b = 0, 1
        else:
            a, b = b, a + b

f = fib()
print([next(f) for _ in range(8)])
print(f.send("reset"))
print([next(f) for _ in range(5)])
