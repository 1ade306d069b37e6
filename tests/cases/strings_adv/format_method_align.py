rows = [('apple', 3, 1.5), ('kiwi', 12, 0.25), ('banana', 7, 10.0)]
print('{:<10}|{:>5}|{:>8}'.format('name', 'qty', 'price'))
for name, q, p in rows:
    print('{:<10}|{:>5d}|{:>8.2f}'.format(name, q, p))
print('{0:=^20}'.format(' total '), '{:+.1e}'.format(12345.678), '{:#b}'.format(5), '{:o}'.format(64))
print('{:.3}'.format('abcdef'), '{:10.3}|'.format('abcdef'), '{:%}'.format(0.5), '{:.2%}'.format(1 / 3))
print('{0}{1}{0}'.format('ab', 'cd'), '{name}={value!r}'.format(name='k', value='v'))
