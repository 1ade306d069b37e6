from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend([5, 6])
d.extendleft([-1, -2])
print(d, list(reversed(d)))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d[1] = 99
del d[0]
print(d, d.count(99), d.index(99))
d.remove(99)
d.insert(1, "ins")
print(d)
d.reverse()
print(d, d.copy() == d, d.copy() is d)
d.clear()
print(d, len(d))
q = deque()
for i in range(10):
    q.append(i)
out = []
while q:
    out.append(q.popleft())
print(out, deque("abc"))
print(deque([1]) + deque([2]), deque([1, 2]) == deque([1, 2]), deque([1]) == [1])
