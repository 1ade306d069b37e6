s = {1, 2, 3}
s.update([4], (5, 6))
print(sorted(s))
s.intersection_update({1, 2, 3, 4, 99})
print(sorted(s))
s.difference_update([1], [2])
print(sorted(s))
s.symmetric_difference_update({4, 7})
print(sorted(s))
print(sorted(s.union([8], (9,))), sorted(s.intersection({3, 7}, [7])), sorted(s.difference({3})), sorted(s.symmetric_difference([3, 10])))
s.add(11)
s.discard(11)
s.discard(100)
s.remove(3)
print(sorted(s), len(s))
c = s.copy()
c.add(0)
print(sorted(s), sorted(c))
print(s.pop() in {7}, len(s))
s.clear()
print(s, len(s))
try:
    s.remove(1)
except KeyError as e:
    print('KeyError', e)
try:
    s.pop()
except KeyError as e:
    print('KeyError', e)
try:
    s.add([1])
except TypeError as e:
    print(e)
