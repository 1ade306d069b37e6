s = 'aaaa'
print(s.count('aa'), s.count('a', 1), s.count('a', -2), s.count('', 2), s.find('a', 10), s.find('', 10), s.find('', 4), s.rfind('a', 0, 2))
print('abcabc'.find('c', -1), 'abcabc'.rfind('b', -4, -1), 'abc'.index('c', -1), 'xyz'.startswith('y', 1), 'xyz'.endswith('y', 0, -1))
print('a-b-c'.replace('-', '+', 0), 'a-b-c'.replace('-', '+', -1), 'a-b-c'.replace('-', ''), ''.replace('', 'x'))
