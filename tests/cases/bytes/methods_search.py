b = b'hello world, hello'
print(b.find(b'hello'), b.find(b'hello', 1), b.rfind(b'hello'), b.find(b'zz'), b.find(111))
print(b.index(b'world'), b.rindex(b'l'), b.count(b'l'), b.count(b'hello'), b.count(b''))
print(b.startswith(b'hell'), b.startswith((b'x', b'he')), b.endswith(b'llo'), b.endswith(b'world', 0, 11))
try:
    b.index(b'zz')
except ValueError as e:
    print(e)
try:
    b.startswith('he')
except TypeError as e:
    print(e)
