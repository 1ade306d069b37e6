import struct

fmt = "<bBhHiIqQfd?3s"
values = (-5, 200, -300, 60000, -70000, 3000000000, -(2**40), 2**50, 0.5, 3.25, True, b"xyz")
packed = struct.pack(fmt, -5, 200, -300, 60000, -70000, 3000000000, -(2**40), 2**50, 0.5, 3.25, True, b"xyz")
print(len(packed), struct.calcsize(fmt))
print(struct.unpack(fmt, packed) == values)
for order in "<>!=":
    b = struct.pack(order + "ih", 123456, -2)
    print(order, b, struct.unpack(order + "ih", b))
