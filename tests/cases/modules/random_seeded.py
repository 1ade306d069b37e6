import random

# The generator differs from CPython's (docs/differences.md): the case checks what any
# good generator gives, and that a seed repeats its sequence.
random.seed(12345)
first = [random.random() for _ in range(5)]
random.seed(12345)
print(first == [random.random() for _ in range(5)])
random.seed("text seed")
a = random.randint(0, 10**6)
random.seed("text seed")
print(a == random.randint(0, 10**6))
random.seed()
print(all([0.0 <= x < 1.0 for x in first]))
