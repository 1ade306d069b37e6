def f(x):
    return {'a': 1}[x] if x != 'idx' else [][0]
for arg in ['a', 'b', 'idx']:
    try:
        print(f(arg))
    except (KeyError, IndexError) as e:
        print(type(e).__name__, e, isinstance(e, LookupError))
errs = (ValueError, TypeError)
try:
    int('z')
except errs as e:
    print('caught', type(e).__name__)
try:
    try:
        raise ValueError('x')
    except (TypeError, KeyError):
        print('wrong')
except Exception as e:
    print('outer', e)
