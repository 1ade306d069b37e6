print(b'%s and %s' % (b'x', bytearray(b'y')))
print(b'%d %5d %-3d| %x %X %o %c %c' % (1, 2, 3, 255, 255, 8, 65, b'B'))
print(b'%r %a %%' % (b'q', 'é'))
print(b'%(k)s' % {b'k': b'v'})
try:
    b'%s' % 'str'
except TypeError as e:
    print(e)
