for x in b'hi':
    print(x)
it = iter(bytearray(b'ab'))
print(next(it), next(it), next(it, 'done'))
print(list(enumerate(b'ab')), list(zip(b'ab', b'cd')), max(b'azb'), min(b'azb'), sum(b'\x01\x02'))
print(list(reversed(b'abc')), bytes(reversed(bytearray(b'xyz'))))
print(b'abc'[1], bytearray(b'abc')[1], memoryview(b'abc')[1])
