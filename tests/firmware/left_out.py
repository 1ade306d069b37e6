# Pins the micro:bit's default build, which leaves out the runtime features
# bytes_methods, str_more and percent (docs/differences.md, "Builds without some
# methods"): run by tools/firmware-tests.py on the default micro:bit firmware;
# its output must equal left_out.out.
b = b"frost" + bytes([112, 121])
print(b, len(b), b[0], b[1:3], b"ro" in b, list(bytearray(b"ab")), b == b"frostpy")
print("x={} y={:>4}".format(1, "ab"), f"{255:x}", "a,b".split(","), "Ab".lower())
for label, call in [
    ("b.hex()", lambda: b.hex()),
    ("bytearray().append", lambda: bytearray().append(1)),
    ("memoryview(b).tobytes()", lambda: memoryview(b).tobytes()),
    ("(5).to_bytes(1, 'big')", lambda: (5).to_bytes(1, "big")),
    ("'%d' % 5", lambda: "%d" % 5),
    ("b'%d' % 5", lambda: b"%d" % 5),
    ("'A'.casefold()", lambda: "A".casefold()),
    ("'a\\nb'.splitlines()", lambda: "a\nb".splitlines()),
    ("pow(3, 4, 5)", lambda: pow(3, 4, 5)),
]:
    try:
        print(label, "->", call())
    except NotImplementedError as e:
        print(label, "->", type(e).__name__ + ":", e)
print(hasattr(b, "hex"), hasattr("", "casefold"), 7 % 3)
print("done")
