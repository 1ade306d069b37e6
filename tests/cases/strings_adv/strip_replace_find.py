s = '--==hello==--'
print(s.strip('-'), s.strip('-='), s.lstrip('-'), s.rstrip('=-'), '  \t x \n'.strip(), 'xx'.strip('x'))
print(s.replace('-', ''), s.replace('==', '!', 1), 'aaaa'.replace('aa', 'b'), 'abc'.replace('', '.'), 'abc'.replace('x', 'y'))
print(s.find('hello'), s.find('l', 7), s.find('l', 0, 7), s.rfind('-'), s.index('='), s.rindex('='), s.find(''), s.rfind(''))
print(s.startswith('--'), s.startswith('==', 2), s.endswith(('x', '--')), s.startswith(''), 'abc'.endswith('c', 0, 2))
try:
    s.index('zzz')
except ValueError as e:
    print(e)
try:
    s.startswith(1)
except TypeError as e:
    print(e)
