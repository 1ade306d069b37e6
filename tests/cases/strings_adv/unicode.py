s = 'añb€c😀d'
print(len(s), s[1], s[3], s[5], s[-2], s[1:4], s[::-1], s[::2], list(s))
print(s.find('€'), s.index('😀'), s.rfind('d'), s.count('b'), s.upper(), s.encode('utf-8'), len(s.encode()))
for i, c in enumerate(s):
    print(i, c, ord(c), end='; ')
print()
print(chr(8364), chr(128512), ord('é'), 'é' < 'ê', sorted(['b', 'á', 'a', 'é']), max('añz'), min('€a'))
print(s.startswith('añ'), s.endswith('😀d'), 'ñ' in s, s.replace('€', 'E'), s.split('€'), '€'.join(['x', 'y']))
print(repr('tab\there'), repr('é\x00\x7f\x9f'), repr('😀'), ascii('é😀'), str('é'.encode(), 'utf-8'))
print('{:^7}'.format('é€'), f'{"ñ":*>4}', '%-4s|' % 'ñ', 'ñ'.center(5, '.'))
try:
    s[20]
except IndexError as e:
    print(e)
