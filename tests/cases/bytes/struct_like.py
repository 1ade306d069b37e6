def u16le(b, i):
    return b[i] | (b[i + 1] << 8)
packet = bytes([0x01, 0x02, 0x34, 0x12, 0xff])
print(u16le(packet, 2), hex(u16le(packet, 0)), packet[4])
buf = bytearray(8)
for i in range(4):
    buf[i * 2] = i
    buf[i * 2 + 1] = 0xff - i
print(buf.hex(), list(buf[::2]), sum(buf))
out = bytearray()
for word in [0x1234, 0xabcd]:
    out += bytes([word & 0xff, word >> 8])
print(out, out.hex(' '))
checksum = 0
for b in out:
    checksum ^= b
print(checksum, bytes([checksum]))
