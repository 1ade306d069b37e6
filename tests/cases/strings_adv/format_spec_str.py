s = 'héllo'
for spec in ['', 's', '10', '<10', '>10', '^10', '^11', '*<8', '-^9', '.2', '10.3', '>10.1', '=^7']:
    print(repr(spec), repr(format(s, spec)))
for bad in ['d', 'x', '+', '=10', ',']:
    try:
        print(format(s, bad))
    except ValueError as e:
        print(bad, e)
for bad_num in [(3, 's'), (1.5, 'd'), (1.5, 'x'), (3, 'z'), (3, '.2d')]:
    try:
        print(format(bad_num[0], bad_num[1]))
    except ValueError as e:
        print(bad_num, e)
print(format(None), format((1,), ''), format([1, 2]))
for obj in [None, [1, 2], (1,), {}]:
    try:
        format(obj, '>6')
    except TypeError as e:
        print(e)
