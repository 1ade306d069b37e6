data = [('b', 2), ('a', 2), ('c', 1), ('d', 3)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(['bb', 'a', 'ccc', 'dd'], key=len), sorted('hello'), sorted({3: 'x', 1: 'y'}), sorted([3, 1, 2], reverse=True))
print(min([3, 1, 2]), max(3, 1, 2), min('bca'), max([(1, 'b'), (1, 'a')]), min([], default='empty'), max((), default=None))
print(max(data, key=lambda p: p[1]), min(data, key=lambda p: p[1]), max([1, 5, 5, 2], key=lambda x: x), min(['aa', 'b', 'cc'], key=len))
words = ['x', 'yy', 'zz', 'w']
print(max(words, key=len), min(words, key=len))
for bad in [lambda: min([]), lambda: max(), lambda: sorted([1, 'a']), lambda: min(1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(sorted([]), sorted([1]), sorted([2, 1], key=None))
recs = [{'n': 'a', 'v': 1}, {'n': 'b', 'v': 0}]
print([r['n'] for r in sorted(recs, key=lambda r: r['v'])])
