t = (1, 'a', 2.5, None, (1, 2))
print(t.index('a'), t.count(1), len(t), t[1:3], t[-1][0], t + (3,), t[:2] * 2, 2.5 in t, (1, 2) in t)
a, rest = (1, [2, 3])
print(a, rest)
print(tuple('ab'), tuple([1]), tuple(), tuple(range(3)), tuple({'k': 1}))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]), max([(1, 2), (1, 3)]), hash((1, 'a')) == hash((1, 'a')))
try:
    t[0] = 5
except TypeError as e:
    print(e)
try:
    t.index(99)
except ValueError as e:
    print(e)
