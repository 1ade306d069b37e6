cases = [
    ('%d', 'x'), ('%d', None), ('%x', 1.5), ('%s %s', ('a',)), ('%s', ('a', 'b')),
    ('%y', 1), ('%', ()), ('abc %', 1), ('%c', 'ab'), ('%c', 1114112), ('%*d', ('x', 1)),
    ('%f', 'x'), ('%(a', {'a': 1}), ('%d', []), ('%.2d', 'x'),
]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(type(e).__name__, e)
