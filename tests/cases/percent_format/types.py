class P:
    def __str__(self):
        return 'P-str'
    def __repr__(self):
        return 'P-repr'
print('%s %r' % (P(), P()))
print('%s' % (P(),), '%s' % [P()])
print('%d' % 10**12, '%x' % 2**40, '%s' % (10**12,))
print('%5s|%-5s|' % (True, None))
print('%s' % b'bytes', '%r' % b'bytes')
n = 7
print('value: %d%%' % n)
print('%s-%s' % tuple('ab'))
