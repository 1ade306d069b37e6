import struct

tests = [
    lambda: struct.pack("b", 128), lambda: struct.pack("B", -1), lambda: struct.pack("<h", 40000),
    lambda: struct.pack("<H", -1), lambda: struct.pack("<i", 2**31), lambda: struct.pack("<I", -1),
    lambda: struct.pack("<i", 1.5), lambda: struct.pack("<f", "x"), lambda: struct.pack("<c", b"ab"),
    lambda: struct.pack("<s", "str"), lambda: struct.pack("<hh", 1), lambda: struct.pack("<h", 1, 2),
    lambda: struct.unpack("<h", b"\x00"), lambda: struct.unpack("<h", b"\x00\x00\x00"),
    lambda: struct.unpack_from("<i", b"\x00\x00", 0), lambda: struct.calcsize("<y"), lambda: struct.calcsize("3"),
    lambda: struct.pack("<e", 1e6), lambda: struct.pack("<f", 1e300), lambda: struct.unpack("<h", "ab"),
]
for t in tests:
    try:
        print(t())
    except struct.error as e:
        print("struct.error:", e)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(issubclass(struct.error, Exception))
