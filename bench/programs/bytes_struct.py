# Bytes: building packets in a bytearray, struct pack/unpack, slicing and byte-level checksums.
import struct

N = 160000  # size; tiny: 300


def crc8(data):
    crc = 0
    for b in data:
        crc ^= b
        for _ in range(8):
            if crc & 0x80:
                crc = ((crc << 1) ^ 0x07) & 0xFF
            else:
                crc = (crc << 1) & 0xFF
    return crc


def work(n):
    acc = 0
    buf = bytearray(64)
    for i in range(n):
        pkt = struct.pack("<HhIf", i & 0xFFFF, -(i % 1000), i * 2654435761 & 0xFFFFFFFF, 0.5 * (i % 64))
        buf[0:len(pkt)] = pkt
        buf[14] = i & 0xFF
        a, b, c, d = struct.unpack("<HhIf", bytes(buf[0:12]))
        acc = (acc + a + b + (c >> 16) + int(d * 2)) % 1000000007
        if i % 16 == 0:
            acc = (acc + crc8(buf[0:16])) % 1000000007
    out = bytearray()
    for i in range(256):
        out.append(i ^ 0x5A)
    out.extend(b"frost")
    acc = (acc + sum(out) + out.find(b"frost") + len(bytes(out).hex())) % 1000000007
    return acc


print("bytes_struct", work(N))
