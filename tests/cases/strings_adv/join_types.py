print(', '.join(['a', 'b']), ''.join(('x', 'y')), '-'.join('abc'), '|'.join({'k': 1, 'j': 2}), ' '.join(map(str, range(4))))
print('+'.join(c for c in 'xyz'), 'é'.join(['a', 'b']), ''.join([]), 'ab'.join(['1']))
class S(str):
    pass
print('-'.join([S('a'), 'b']), type('-'.join([S('a')])).__name__)
for bad in [['a', 1], [None], [b'x']]:
    try:
        ''.join(bad)
    except TypeError as e:
        print(e)
