def accumulator():
    total = 0
    while True:
        x = yield total
        print("received", x)
        if x is None:
            break
        total += x
    return total

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("final", e.value)
