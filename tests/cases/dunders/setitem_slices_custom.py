class Log(list):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
    def __delitem__(self, k):
        print('del', k)
        super().__delitem__(k)
    def __getitem__(self, k):
        r = super().__getitem__(k)
        return r
l = Log([1, 2, 3, 4])
l[0] = 9
l[1:3] = [7]
del l[0]
print(l, l[0], l[-1:], len(l))
