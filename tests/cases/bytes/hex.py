b = bytes(range(0, 256, 51))
print(b.hex(), b''.hex(), b'\x01\x02\x03\x04'.hex(':'), b'\x01\x02\x03\x04\x05'.hex('-', 2), b'\x01\x02\x03'.hex(' ', -2))
print(bytes.fromhex('deadbeef'), bytes.fromhex('de ad  be ef'), bytes.fromhex(''))
print(bytearray.fromhex('00ff'), type(bytearray.fromhex('01')).__name__)
for bad in ['0', 'zz', 'a b']:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(e)
print(bytearray(b'\xab\xcd').hex(), memoryview(b'\x10\x20').hex())
