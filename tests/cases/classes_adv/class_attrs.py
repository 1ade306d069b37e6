class Config:
    debug = False
    items = []
    def __init__(self, name):
        self.name = name
a, b = Config('a'), Config('b')
a.debug = True
a.items.append(1)
print(a.debug, b.debug, Config.debug, b.items, a.__dict__, sorted(Config.__dict__.keys() & {'debug', 'items'}))
Config.debug = 'class'
print(b.debug, a.debug)
del a.debug
print(a.debug)
print(Config.__name__, a.__class__.__name__, type(a) is Config, a.__class__ is Config)
print(Config.__module__, Config.__doc__, Config.__bases__, Config.__mro__)
setattr(b, 'extra', 5)
print(getattr(b, 'extra'), getattr(b, 'nope', 'dflt'), hasattr(b, 'extra'), hasattr(b, 'nope'))
delattr(b, 'extra')
print(hasattr(b, 'extra'))
try:
    delattr(b, 'extra')
except AttributeError as e:
    print(e)
try:
    Config.missing
except AttributeError as e:
    print(e)
