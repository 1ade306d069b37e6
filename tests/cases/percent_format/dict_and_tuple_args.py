print('%s' % ((1, 2),), '%s %s' % (1, (2, 3)), '%s' % [1, 2], '%r' % ((),))
print('%s and %s' % tuple(['x', 'y']), '%(x)s%(x)s' % {'x': 'ab'})
class M(dict):
    pass
print('%(a)d' % M(a=5))
class G:
    def __getitem__(self, k):
        return k.upper()
print('%(hello)s %(x)s' % G())
try:
    '%s %s' % 'ab'
except TypeError as e:
    print(e)
try:
    '%d' % (1, 2)
except TypeError as e:
    print(e)
