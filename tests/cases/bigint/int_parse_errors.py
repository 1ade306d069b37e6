for text, base in [("12345678901234567890x", 10), ("1__0", 10), ("_1", 10), ("1_", 10), ("0x", 16), ("", 10), ("- 5", 10), ("09", 0), ("0b2", 0), ("9" * 30 + "a", 10), ("z", 35), ("1.5", 10), ("0x_", 16)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError", e)
try:
    int("12", 37)
except ValueError as e:
    print("ValueError", e)
try:
    int(2 ** 100, 10)
except TypeError as e:
    print("TypeError", e)
print(int("00", 0), int("0_0", 0), int("0x_1_f", 0))
