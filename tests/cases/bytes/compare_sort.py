items = [b'b', b'a', b'ab', b'', b'B', bytearray(b'aa')]
print(sorted(items), max(items), min(items))
print(b'a' < bytearray(b'b'), bytearray(b'a') < b'b', b'abc' > b'abb', b'\xff' > b'\x00\x00')
print(b'x' == b'x', b'x' != bytearray(b'x'), b'x' == memoryview(b'x'), memoryview(b'ab') == memoryview(bytearray(b'ab')))
try:
    b'a' < 'a'
except TypeError as e:
    print(e)
print(b'a' == 'a', b'' == '')
