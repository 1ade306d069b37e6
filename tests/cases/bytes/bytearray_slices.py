ba = bytearray(range(10))
ba[2:5] = []
print(list(ba))
ba[:0] = b'\xaa\xbb'
print(list(ba))
ba[-1:] = bytearray(b'\x63\x64')
print(list(ba))
ba[::3] = bytes(len(ba[::3]))
print(list(ba))
del ba[::2]
print(list(ba), len(ba))
ba[1:3] = [7, 8, 9]
print(list(ba))
try:
    ba[::2] = b'\x01'
except ValueError as e:
    print(e)
try:
    ba[0:1] = 5
except TypeError as e:
    print(e)
try:
    ba[0:1] = [256]
except ValueError as e:
    print(e)
