import struct

# Native mode ('@'): only the sizes a 32-bit MCU and a 64-bit host share are printed.
for fmt in ["@b", "@h", "@i", "@q", "@d", "@f", "bh", "hi", "bi", "iq", "bd"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("@bh", 1, 2), struct.pack("@bi", 1, 2), struct.unpack("@hi", struct.pack("@hi", -3, 7)))
