for x in [0, 1, -1, 255, 256, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 63 - 1, -(2 ** 63), 2 ** 63, 2 ** 64, 2 ** 100, -(2 ** 100), 2 ** 100 - 1, 10 ** 50, True]:
    print(x.bit_length(), x.bit_count())
print((3 ** 1000).bit_length(), (3 ** 1000).bit_count(), int.bit_length(2 ** 70))
