big = 2 ** 100
print(True + big, big * False, big - True, big ** True, big // True, True * big == big)
print(big & True, big | True, True ^ (big + 1), True << 100 == big, big >> True)
print(bool(big), bool(-big), not big, big and 1, 0 or big)
print(int(True) + 2 ** 64, isinstance(big, int), isinstance(big, bool), type(big) is int)
