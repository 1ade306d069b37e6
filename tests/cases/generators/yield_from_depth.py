def tree(n):
    if n == 0:
        yield "leaf"
        return 1
    left = yield from tree(n - 1)
    right = yield from tree(n - 1)
    return left + right

g = tree(4)
leaves = 0
try:
    while True:
        next(g)
        leaves += 1
except StopIteration as e:
    print("count", e.value, leaves)

def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)

print(sum(countdown(200)))
