class It:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in It(), 5 in It(), 5 not in It())
class GI:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(20 in GI(), 25 in GI(), list(GI()))
class No:
    pass
try:
    1 in No()
except TypeError as e:
    print(e)
