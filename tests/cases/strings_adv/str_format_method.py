print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2), '{0}{0}'.format('ha'))
print('{0[1]} {0[0]}'.format(['a', 'b']), '{d[key]}'.format(d={'key': 'v'}), '{0[1][0]}'.format([0, 'xy']))
class P:
    x = 5
    inner = None
p = P()
p.inner = P()
print('{0.x} {p.x} {p.inner.x}'.format(p, p=p))
print('{:>6}|{:<6}|{:^6}|'.format('a', 'b', 'c'), '{:08.3f}'.format(3.14159), '{:,}'.format(10**9))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'), '{0!r:>6}'.format('q'))
print('{:{}}|{:{w}.{p}f}'.format('x', 4, 2.5, w=8, p=2))
print('{{}} {{{}}}'.format(7))
for bad in ['{', '}', '{0', '{1}', '{x}', '{0[5]}', '{!z}', '{:zz}', '{0.nope}']:
    try:
        print(bad.format('only'))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    '{} {0}'.format(1, 2)
except ValueError as e:
    print(e)
try:
    '{0} {}'.format(1, 2)
except ValueError as e:
    print(e)
print('{a}'.format_map({'a': 1}))
