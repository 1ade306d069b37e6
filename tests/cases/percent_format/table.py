rows = [('widget', 4, 3.5), ('gadget', 12, 0.125), ('doohickey', 1, 100.0)]
print('%-10s %5s %9s' % ('item', 'qty', 'cost'))
for r in rows:
    print('%-10s %5d %9.3f' % r)
total = sum([q * c for _, q, c in rows])
print('%-10s %15.2f' % ('total', total))
print('%s%%' % 50, '%d%% of %d' % (25, 80), '%5.1f%%' % 99.44)
print('%(a)s-%(b)s-%(a)s' % {'a': 'x', 'b': 'y'})
