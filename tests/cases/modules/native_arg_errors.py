# Native module functions bind their arguments with the runtime's one binder:
# keywords they take are accepted, others refused, in CPython's words.
import binascii
import importlib
import math


def err(f):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
    else:
        print("no error")


err(lambda: math.isclose(1, 2, 3))
err(lambda: math.isclose(1))
err(lambda: math.isclose(1, 2, foo=3))
err(lambda: math.atan2(1))
err(lambda: binascii.hexlify())
err(lambda: binascii.a2b_base64(b"", foo=1))
err(lambda: binascii.crc32())
err(lambda: binascii.b2a_base64(b"", 1))
err(lambda: importlib.import_module())
err(lambda: importlib.import_module("math", "x", "y"))
err(lambda: importlib.import_module("math", nme="x"))

print(math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(1.0, 1.05, abs_tol=0.01))
print(math.prod([2, 3], start=4), math.hypot(3, 4), math.gcd(12, 18), math.lcm())
print(binascii.hexlify(b"ab", sep="-"), binascii.hexlify(data=b"\x01\x02", sep=":", bytes_per_sep=1))
print(binascii.b2a_base64(b"hi", newline=False), binascii.crc32(b"abc", 5))
print(importlib.import_module(name="math").pi > 3)
