print((2 ** 100).to_bytes(13, "big"), (2 ** 100).to_bytes(13, "little"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (255).to_bytes(), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "little", signed=True), (-128).to_bytes(1, "big", signed=True), (-(2 ** 70)).to_bytes(10, "big", signed=True))
print((2 ** 64 - 1).to_bytes(8, "big"), (2 ** 63 - 1).to_bytes(8, "big", signed=True), (-(2 ** 63)).to_bytes(8, "little", signed=True))
print((2 ** 64 - 1).to_bytes(length=9, byteorder="little"), (5).to_bytes(2, byteorder="big"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\x01\x00"))
print(int.from_bytes(b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", "big"), int.from_bytes(b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", "big", signed=True), int.from_bytes(b"\x80\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "big", signed=True))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00", "little", signed=True), int.from_bytes([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], "big"))
print(int.from_bytes(bytes=b"\x12\x34", byteorder="little"))
for n in [2 ** 100 + 12345, -(3 ** 70), 0, -1, 2 ** 63, -(2 ** 63) - 1]:
    for order in ["big", "little"]:
        b = n.to_bytes(20, order, signed=True)
        assert int.from_bytes(b, order, signed=True) == n
print("round trips ok")
