class Proxy:
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append('set ' + name)
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append('del ' + name)
        delattr(self.target, name)
class T:
    pass
t = T()
p = Proxy(t)
p.x = 5
print(t.x, p.x, p.log)
del p.x
print(hasattr(t, 'x'), p.log)
try:
    p.missing
except AttributeError as e:
    print('AttributeError', e)
class Frozen:
    def __init__(self):
        super().__setattr__('v', 1)
    def __setattr__(self, k, v):
        raise AttributeError('frozen')
f = Frozen()
print(f.v)
try:
    f.v = 2
except AttributeError as e:
    print(e)
print(getattr(f, 'v'), object.__getattribute__(f, 'v'))
