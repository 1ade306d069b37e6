x = "outer"
r = [x for x in range(3)]
print(r, x)
y = 10
print([y * i for i in range(3)])
def f():
    z = 2
    return [z * i for i in range(3)], {i: z for i in range(2)}
print(f())
class K:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(K.doubled)
