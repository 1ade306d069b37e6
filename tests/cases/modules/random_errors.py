import random

tests = [
    lambda: random.randrange(0), lambda: random.randrange(5, 5), lambda: random.randrange(1, 10, 0),
    lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample([1, 2], 3),
    lambda: random.getrandbits(-1), lambda: random.randrange(10, 1, 2), lambda: random.choices([1], weights=[1, 2]),
    lambda: random.randrange(1.5), lambda: random.choices([1, 2], weights=[0, 0]),
]
for t in tests:
    try:
        print(t())
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
