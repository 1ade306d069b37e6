# Pins the float-less build (docs/differences.md, "Builds without float"):
# run by tools/firmware-tests.py on a micro:bit firmware built with
# --no-default-features; its output must equal no_float.out.
print(7 // 2, 7 % 2, -7 // 2, divmod(17, 5))
print(type(7).__name__, isinstance(7, int))
try:
    x = 7 / 2
except NotImplementedError as e:
    print("7 / 2 ->", type(e).__name__, e)
try:
    float("1.5")
except NotImplementedError as e:
    print("float('1.5') ->", type(e).__name__, e)
try:
    x = 2 ** -1
except NotImplementedError as e:
    print("2 ** -1 ->", type(e).__name__, e)
try:
    x = 1.5
except NotImplementedError as e:
    print("1.5 ->", type(e).__name__, e)
try:
    x = 1 / 0
except ZeroDivisionError as e:
    print("1 / 0 ->", type(e).__name__, e)
print("{:>5}|{:<4}|{:x}".format(42, "ab", 255))
print("done")
