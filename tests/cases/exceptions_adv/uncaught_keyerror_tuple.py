d = {}
print('lookup')
d[('a', 1)]
