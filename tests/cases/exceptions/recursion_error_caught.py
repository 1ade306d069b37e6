def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("caught RecursionError")
    print(isinstance(e, RuntimeError))
print("still alive")
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(100))
