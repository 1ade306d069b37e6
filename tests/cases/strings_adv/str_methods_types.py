for bad in [lambda: 'a'.startswith(['a']), lambda: 'a'.split(1), lambda: 'a'.replace(1, 'b'), lambda: 'a'.strip(1), lambda: 'a'.center('x'), lambda: 'a'.zfill('3'), lambda: 'a'.join('b', 'c')]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__)
print('abc'.find('b', None, None), 'abc'.count('a', None), 'a b'.split(None), ' a '.strip(None))
