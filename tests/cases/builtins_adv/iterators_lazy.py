calls = []
def sq(x):
    calls.append(x)
    return x * x
m = map(sq, [1, 2, 3])
print(type(m).__name__, calls)
print(next(m), calls)
print(list(m), calls)
print(list(m))
f = filter(lambda x: x % 2, range(10))
print(type(f).__name__, next(f), list(f))
print(list(filter(None, [0, '', 'a', [], [1], None, 2])))
print(list(map(lambda a, b, c: a + b + c, [1, 2], [10, 20, 30], [100, 200])))
print(list(map(str.upper, ['a', 'b'])), list(map(int, '123')))
e = enumerate('abc', start=5)
print(next(e), list(e))
print(list(enumerate([], 3)), list(enumerate('ab', -1)))
z = zip('ab', [1, 2, 3], (True, False))
print(next(z), list(z), list(zip()), list(zip('a')))
r = reversed([1, 2, 3])
print(next(r), list(r), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({'a': 1, 'b': 2})), list(reversed({'a': 1}.items())))
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
try:
    map(len)
except TypeError as e:
    print(e)
