# Pins the recursion limits of a small board (docs/differences.md,
# "Recursion is bounded by the board"): run by tools/firmware-tests.py on the
# micro:bit at its real RAM size (recursion limit 16, 5 KiB of native stack); its
# output must equal stack_limit.out.


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


def countdown(n):
    if n:
        yield n
        yield from countdown(n - 1)


print(depth(12))
try:
    depth(100)
except RecursionError as e:
    print("RecursionError:", e)
print(sum(countdown(1)))
try:
    print(sum(countdown(50)))
except RecursionError as e:
    print("RecursionError:", e)
nested = [1]
for _ in range(60):
    nested = [nested]
try:
    print(len(repr(nested)))
except RecursionError as e:
    print("RecursionError:", e)
print("done")
