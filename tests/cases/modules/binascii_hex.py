import binascii

print(binascii.hexlify(b"\x00\x01\xab\xff"), binascii.hexlify(b""), binascii.b2a_hex(b"AZ"))
print(binascii.hexlify(b"\x01\x02\x03", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", b" ", -2))
print(binascii.unhexlify("00ff10"), binascii.unhexlify(b"ABcd"), binascii.a2b_hex("7a"))
for bad in ["abc", "zz", "0g"]:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError))
try:
    binascii.hexlify("text")
except TypeError as e:
    print(e)
