from collections import deque

d = deque(maxlen=3)
for i in range(5):
    d.append(i)
print(d, d.maxlen)
d.appendleft(-1)
print(d)
d.extend([7, 8])
print(d)
print(deque(range(10), 2), deque([], 0), deque([1, 2], maxlen=None).maxlen)
tests = [
    lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(7),
    lambda: deque([1]).index(7), lambda: deque(maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 5),
]
for t in tests:
    try:
        print(t())
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
