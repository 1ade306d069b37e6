def gen():
    yield 1
    return "result"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
    print("args:", e.args)

def early(flag):
    if flag:
        return 42
    yield "never"

try:
    next(early(True))
except StopIteration as e:
    print("early", e.value)
print(list(early(False)))
