class Num:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __bool__(self):
        return self.v != 0
    def __len__(self):
        return 99
n = Num(3.7)
print(int(n), float(n), bool(n), bool(Num(0)), len(n), 'yes' if n else 'no', not Num(0))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class LenOnly:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(LenOnly(0)), bool(LenOnly(2)), [x for x in [LenOnly(0), LenOnly(1)] if x].__len__())
