print(int("123456789012345678901234567890"), int("-98765432109876543210987654321"))
print(int("  +1_000_000_000_000_000_000_000  "), int("0" * 30 + "7"))
print(int("ffffffffffffffffffffffffffffffff", 16), int("0xFFFFFFFFFFFFFFFFFFFF", 0), int("0x_dead_beef_dead_beef_dead", 16))
print(int("1" * 100, 2), int("0b" + "10" * 40, 0), int("0o" + "7" * 30, 0), int("7" * 30, 8))
print(int("z" * 20, 36), int("ZZZZZZZZZZZZZZZZZZZZ", 36), int("12" * 20, 3), int("zz" * 30, 36) % 1000)
print(int("9223372036854775807"), int("9223372036854775808"), int("-9223372036854775808"), int("-9223372036854775809"))
print(int("18446744073709551615"), int("18446744073709551616"), int(b"123456789012345678901234567890"))
print(int("\t 42424242424242424242424242 \n"))
for base in range(2, 37):
    n = int("1" + "0" * 25, base)
    assert n == base ** 25
print("bases ok")
print(int(2 ** 100), int(-(2 ** 100)), int(True))
