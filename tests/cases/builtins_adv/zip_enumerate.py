names = ['a', 'b', 'c']
ages = [1, 2]
print(list(zip(names, ages)), dict(zip(names, range(10))), list(zip([1, 2], [3, 4])))
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
pairs = list(enumerate('xyz'))
print(pairs, [i for i, _ in pairs], dict(enumerate('ab')))
m = map(lambda p: p[0] * 2, pairs)
print(list(zip(m, 'pq')))
print(list(zip(range(3), range(10, 13), 'abc')))
