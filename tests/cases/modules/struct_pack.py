import struct

print(struct.pack("<h", 1), struct.pack(">h", 1), struct.pack("!H", 513))
print(struct.pack("<i", -2), struct.pack(">I", 4294967295), struct.pack("<q", -1), struct.pack(">Q", 2**40))
print(struct.pack("bB", -128, 255), struct.pack("<?", 5), struct.pack("<??", 0, []))
print(struct.pack("<3s", b"abcdef"), struct.pack("5s", b"ab"), struct.pack("<2x"), struct.pack("<cc", b"a", b"b"))
print(struct.pack("<5p", b"abc"), struct.pack("<2p", b"abc"))
print(struct.pack("<f", 1.5), struct.pack(">d", -0.25), struct.pack("<e", 1.0), struct.pack(">e", -2.5))
print(struct.pack("<hhl", 1, 2, 3), struct.pack("<3h", 1, 2, 3), struct.pack("< h x h", 7, 8))
print(struct.pack("=i", 258), struct.pack("<i", True))
