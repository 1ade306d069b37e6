print(list(reversed('abc')), list(reversed(b'abc')), list(reversed(bytearray(b'xy'))), list(reversed([])), list(reversed(range(1, 10, 3))))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return 'abc'[i]
print(list(reversed(Seq())))
r = reversed([1, 2, 3])
print(type(r).__name__ in ('list_reverseiterator', 'iterator'), next(r), list(r))
for bad in [5, {1}]:
    try:
        reversed(bad)
    except TypeError as e:
        print(e)
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__)
