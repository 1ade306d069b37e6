import struct

s = struct.Struct("<hI")
print(s.size, s.format)
b = s.pack(-2, 70000)
print(b, s.unpack(b), s.unpack_from(b"\x00\xfe\xffp\x11\x01\x00", 1))
print(list(s.iter_unpack(b"\x01\x00\x02\x00\x00\x00\x03\x00\x04\x00\x00\x00")))
try:
    struct.Struct("<y")
except struct.error as e:
    print(e)
