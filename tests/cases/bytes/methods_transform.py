b = b'  Hello World  '
print(b.strip(), b.lstrip(), b.rstrip(), b'xxhixx'.strip(b'x'))
print(b.upper(), b.lower(), b'a,b,,c'.split(b','), b' a  b c '.split(), b'a b c'.split(None, 1))
print(b'a,b,c'.rsplit(b',', 1), b'  a b  '.rsplit(), b'a-b'.partition(b'-'), b'ab'.partition(b'-'))
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]))
print(b'aaa'.replace(b'a', b'b'), b'aaa'.replace(b'a', b'b', 2), b'ab'.replace(b'', b'-'))
print(b'123'.isdigit(), b'abc'.isalpha(), b'a1'.isalnum(), b' \t'.isspace(), b'AB'.isupper(), b'ab'.islower(), b''.isdigit())
try:
    b'-'.join([b'a', 'b'])
except TypeError as e:
    print(e)
try:
    b'abc'.split(b'')
except ValueError as e:
    print(e)
