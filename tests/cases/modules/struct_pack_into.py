import struct

buf = bytearray(8)
struct.pack_into("<hI", buf, 1, -2, 70000)
print(buf)
print(struct.unpack_from("<hI", buf, 1), struct.unpack("<8B", buf))
struct.pack_into(">H", buf, -2, 513)
print(buf)
try:
    struct.pack_into("<I", buf, 6, 1)
except struct.error as e:
    print(e)
try:
    struct.pack_into("<b", b"abc", 0, 1)
except TypeError as e:
    print(e)
print(struct.unpack("<2h", memoryview(b"\x01\x00\x02\x00")), struct.unpack("<h", bytearray(b"\xff\x7f")))
