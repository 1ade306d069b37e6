for fmt, args in [('%s %(a)s', {'a': 1}), ('%(a)s %s', {'a': 1}), ('%z', ()), ('%5', 1), ('%.', 1), ('%d', '5'), ('%i', [1]), ('%o', 1.0), ('%e', None), ('%c', -1), ('%c', ''), ('%.*f', ('a', 1.0))]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
