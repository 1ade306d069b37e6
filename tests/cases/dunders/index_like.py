class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __int__(self):
        return self.v
l = ['a', 'b', 'c']
try:
    print(l[Idx(1)])
except TypeError as e:
    print('TypeError', e)
print(int(Idx(7)))
