ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
print(ba)
ba[1:3] = b'EY'
print(ba)
ba[1:3] = b'abcd'
print(ba)
ba[::2] = b'XYZ\x00'[:len(ba[::2])]
print(ba)
del ba[0]
print(ba)
del ba[1:3]
print(ba)
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray('hé', 'utf-8'))
for bad in [256, -1, 'x']:
    try:
        ba[0] = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ba[100]
except IndexError as e:
    print(e)
try:
    hash(bytearray())
except TypeError as e:
    print(e)
