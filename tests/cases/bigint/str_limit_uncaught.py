x = 7 ** 6000
print(x.bit_length())
print(x)
