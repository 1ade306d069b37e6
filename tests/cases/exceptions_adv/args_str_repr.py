for e in [ValueError(), ValueError('one'), ValueError('a', 2), ValueError(None), KeyError('k'), KeyError(), KeyError('a', 'b'),
          IndexError(3), RuntimeError(''), Exception([1, 2]), StopIteration(5), AssertionError('x')]:
    print(repr(e), '|', str(e), '|', e.args, '|', len(e.args))
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
e = ValueError('x')
e.args = ('changed', 1)
print(e, e.args)
try:
    raise KeyError('missing key')
except KeyError as k:
    print(k, repr(k), k.args[0])
try:
    {}['q']
except LookupError as k:
    print(type(k).__name__, k)
