for b in [b"'", b'"', b'\'"', b'\\', bytes(range(0, 256, 17)), b'\x7f\x80\xff', bytearray(b"a'b")]:
    print(repr(b), str(b), len(repr(b)))
print(str(b'x') == "b'x'", repr(bytearray()), repr(memoryview(b'')).startswith('<memory at'))
