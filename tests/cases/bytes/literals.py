b = b'abc'
print(b, len(b), b[0], b[-1], b[1:], b[::-1], b[5:])
print(b'', b'\x00\xff', b"it's", b'say "hi"', b'both \' and "')
print(b'\n\t\r\\', b'\x7f\x80')
print(type(b).__name__, type(b) is bytes, isinstance(b, bytes))
