sq = lambda x: x * x
print(sq(5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
print((lambda: "no args")())
print((lambda *a, **k: (a, sorted(k)))(1, 2, x=3))
print(sorted([3, -1, 2], key=lambda v: abs(v)))
