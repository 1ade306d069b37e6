def g():
    total = 0
    for i in range(3):
        total += (yield i) or 0
    print("total", total)
    x = [(yield "list")]
    print("x", x)
    d = {"k": (yield "dict")}
    print("d", d)

it = g()
print(next(it))
print(it.send(10))
print(it.send(20))
print(it.send(30))
print(it.send("L"))
try:
    it.send("D")
except StopIteration:
    print("stop")
