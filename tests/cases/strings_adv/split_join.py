csv = 'name,age,,city'
print(csv.split(','), csv.split(',', 2), csv.rsplit(',', 2), ','.join(csv.split(',')) == csv)
print('  lots   of   space  '.split(), '  lots   of   space  '.split(None, 1), '  lots   of   space  '.rsplit(None, 1))
print('a\tb\nc d'.split(), ''.split(), ''.split(','), 'x'.split('x'), 'axbxc'.split('x', 0))
print('-'.join('abc'), ''.join(['x', 'y']), ', '.join([str(i) for i in range(3)]))
print('k=v=w'.partition('='), 'k=v=w'.rpartition('='), 'none'.partition('='), 'none'.rpartition('='))
try:
    ','.join([1, 2])
except TypeError as e:
    print(e)
try:
    'a'.split('')
except ValueError as e:
    print(e)
