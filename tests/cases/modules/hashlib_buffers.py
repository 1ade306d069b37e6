import hashlib
import binascii

data = b"a" * 200
print(hashlib.sha256(data).hexdigest() == hashlib.sha256(bytearray(data)).hexdigest())
print(hashlib.md5(memoryview(b"abc")).hexdigest())
print(binascii.hexlify(bytearray(b"\x01\x02")), binascii.crc32(memoryview(b"hello")))
h = hashlib.sha1()
h.update(bytearray(b"ab"))
h.update(memoryview(b"c"))
print(h.hexdigest())
