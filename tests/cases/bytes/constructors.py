print(bytes(), bytes(0), bytes(4))
print(bytes([0, 65, 255]), bytes((1, 2)), bytes(range(65, 70)))
print(bytes('héllo', 'utf-8'), bytes('abc', 'ascii'), bytes('é', 'latin-1'))
print(bytes(b'xy'), bytes(bytearray(b'zz')), bytes(memoryview(b'mv')))
print(bytes(iter([104, 105])))
print(bytes(encoding='utf-8', source='q'))
for bad in [[256], [-1], ['a'], 'text', 1.5, None]:
    try:
        print(bytes(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print('ValueError', e)
try:
    bytes(3, 'utf-8')
except TypeError as e:
    print('TypeError', e)
