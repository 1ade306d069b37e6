# CPython 3.11 refuses decimal conversions of more than 4300 digits.
x = 10 ** 4299
print(len(str(x)), len(str(-x)))
y = 10 ** 4300
try:
    print(str(y))
except ValueError as e:
    print("ValueError", e)
try:
    print(y)
except ValueError as e:
    print("ValueError", e)
try:
    print(f"{y:,}")
except ValueError as e:
    print("ValueError", e)
print(len(hex(y)), len(bin(y)), len(oct(y)))
print(int("9" * 4300) + 1 == 10 ** 4300)
try:
    int("1" * 4301)
except ValueError as e:
    print("ValueError", e)
try:
    int("1_" * 4400 + "1")
except ValueError as e:
    print("ValueError", e)
print(int("f" * 5000, 16) == 16 ** 5000 - 1)
print(int("0x" + "1" * 5000, 0).bit_length())
