import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\x00\xff\x80"]:
    enc = binascii.b2a_base64(data)
    print(data, enc, binascii.a2b_base64(enc) == data)
print(binascii.b2a_base64(b"hi", newline=False))
print(binascii.a2b_base64("aGVs\nbG8=\n"), binascii.a2b_base64(b"aGVsbG8"  b"="), binascii.a2b_base64("a GV sbA=="))
for bad in ["abc", "a", "abcde"]:
    try:
        binascii.a2b_base64(bad)
    except binascii.Error as e:
        print(e)
