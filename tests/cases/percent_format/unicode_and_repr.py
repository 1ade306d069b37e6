print('%s|%5s|%-5s|' % ('ñ', 'añb', 'ü'))
print('%r %r %r' % ('it\'s', "say \"hi\"", 'tab\t'))
print('%a' % 'naïve ☃', '%c%c%c' % ('ñ', 0xe9, 9731))
print('%.1s|%.3r' % ('ñandú', 'abc'))
