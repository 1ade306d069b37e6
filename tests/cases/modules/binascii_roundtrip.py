import binascii

data = b"frostpy \x00\x01\xfe\xff binary"
print(binascii.unhexlify(binascii.hexlify(data)) == data)
print(binascii.a2b_base64(binascii.b2a_base64(data)) == data)
print(binascii.crc32(data) == binascii.crc32(binascii.unhexlify(binascii.hexlify(data))))
print(binascii.hexlify(binascii.a2b_base64(b"AAEC/w==")))
