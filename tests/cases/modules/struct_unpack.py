import struct

print(struct.unpack("<h", b"\x01\x00"), struct.unpack(">h", b"\xff\xfe"), struct.unpack("<H", b"\xff\xff"))
print(struct.unpack("<iI", b"\xff\xff\xff\xff\xff\xff\xff\xff"), struct.unpack(">q", b"\x80\x00\x00\x00\x00\x00\x00\x00"))
print(struct.unpack("bB?", b"\x80\x80\x02"), struct.unpack("<3s2x", b"abcde"), struct.unpack("<c", b"z"))
print(struct.unpack("<5p", b"\x03abcd"), struct.unpack("<f", struct.pack("<f", 0.1)), struct.unpack("<d", struct.pack("<d", 0.1)))
print(struct.unpack("<e", b"\x00\x3c"), struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"))
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", 1), struct.unpack_from("<h", b"\x00\x01\x02\x03", offset=2))
print(struct.unpack_from("<b", b"\x01\x02\x03", -1))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
print(struct.unpack("<Q", struct.pack("<Q", 2**62 + 5)))
