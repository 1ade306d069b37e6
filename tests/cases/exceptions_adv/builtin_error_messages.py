tests = [
    lambda: [].pop(), lambda: {}.pop('k'), lambda: set().pop(), lambda: 'abc'.index('z'), lambda: (1,).index(2),
    lambda: int('1.5'), lambda: float('x'), lambda: [1][5], lambda: 'ab'[9], lambda: {}['q'],
    lambda: None.attr, lambda: (1).x, lambda: len(5), lambda: iter(5), lambda: next(iter([])),
    lambda: 1 + 'a', lambda: 'a' * 'b', lambda: [] < {}, lambda: divmod(1, 0), lambda: 1 % 0,
    lambda: bytes([300]), lambda: 'x'.encode('nope'), lambda: chr(-5), lambda: frozenset().add,
]
for t in tests:
    try:
        t()
        print('no error')
    except Exception as e:
        print(type(e).__name__ + ':', e)
