d = {'name': 'Ann', 'age': 31, 'x': 1.5}
print('%(name)s is %(age)d' % d)
print('%(name)-6s|%(age)05d|%(x).2f' % d)
print('%(name)r %%' % d)
try:
    print('%(missing)s' % d)
except KeyError as e:
    print('KeyError', e)
try:
    '%(a)s' % (1,)
except TypeError as e:
    print(e)
print('%s' % d == str(d))
