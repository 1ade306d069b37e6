print(max([1, 3, 2], default=0), max([], default=0), min('a'), max('abc', key=lambda c: -ord(c)))
print(max(1, 2, key=lambda x: -x), min((3, 'c'), (1, 'z'), (1, 'a')), max({'a': 1, 'b': 0}), max({'a': 1, 'b': 0}, key={'a': 1, 'b': 0}.get))
print(max([[1, 2], [1, 3], [0, 9]]), min([0.5, -1, 3]), max([True, 2, 1.5]), min(range(5, 0, -1)))
try:
    max(1, 2, default=0)
except TypeError as e:
    print(e)
try:
    max([1, 'a'])
except TypeError as e:
    print(e)
