for x in [0, 1, -1, 255, 2 ** 32, 2 ** 64 - 1, 2 ** 64, -(2 ** 64), 2 ** 100 + 0xABC, -(3 ** 60)]:
    print(hex(x), oct(x), bin(x))
print(hex(2 ** 200), len(bin(2 ** 500)))
print(int(hex(7 ** 90), 16) == 7 ** 90, int(oct(-(7 ** 90)), 0) == -(7 ** 90), int(bin(11 ** 70), 0) == 11 ** 70)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError", e)
