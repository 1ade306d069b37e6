# Pins the build without big ints (docs/differences.md, "Ints are 64-bit in
# builds without the `bigint` feature"): run by tools/firmware-tests.py on a
# micro:bit firmware built with --features float,bytes_methods,pow_mod (the micro:bit
# leaves bigint out by default); its output must equal no_bigint.out.
print(2 ** 62 - 1 + 2 ** 62, -9223372036854775808, 9223372036854775807 // -2)
try:
    x = 2 ** 63
except OverflowError as e:
    print("2 ** 63 ->", type(e).__name__, e)
try:
    x = -(-9223372036854775808)
except OverflowError as e:
    print("-(-2 ** 63) ->", type(e).__name__, e)
try:
    x = 123456789012345678901234567890
except OverflowError as e:
    print("literal ->", type(e).__name__, e)
print(hash(2 ** 62), hex(-9223372036854775808), 2 ** 53 + 1 > 2.0 ** 53, f"{2 ** 62:,}")
print((255).to_bytes(2, "big"), int.from_bytes(b"\xff\xfe", "big", signed=True), pow(3, -1, 7))
print("done")
