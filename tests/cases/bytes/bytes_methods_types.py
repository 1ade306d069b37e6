for bad in [lambda: b'a'.find('a'), lambda: b'a'.split('a'), lambda: b'a'.replace('a', 'b'), lambda: b'a'.join(['b']), lambda: b'a' + 1, lambda: bytearray(b'a').extend(5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(b'abc'.find(98), b'abc'.count(97), b'a,b'.split(bytearray(b',')), bytearray(b'a-b').split(b'-'), b'x'.join([memoryview(b'1'), b'2']))
