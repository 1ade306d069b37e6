a, b = b'abc', b'de'
print(a + b, a * 2, 2 * b, a * 0, a * -1)
print(b'b' in a, b'bc' in a, b'x' in a, 98 in a, 200 in a, b'' in a)
print(a == b'abc', a != b'abc', a == 'abc', a < b'abd', a < b'ab', b'b' > a, a <= a, a >= b'abcd')
print(list(a), [x for x in b'\x00\x01'], sorted(b'cab'))
print(a == bytearray(b'abc'), bytearray(b'abc') == a)
try:
    a + 'x'
except TypeError as e:
    print(e)
try:
    'x' in a
except TypeError as e:
    print(e)
try:
    300 in a
except ValueError as e:
    print(e)
