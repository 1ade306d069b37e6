class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, o):
        return isinstance(o, Key) and self.name.lower() == o.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
d = {Key('A'): 1}
d[Key('a')] = 2
print(len(d), d[Key('A')], Key('a') in d, Key('b') in d)
s = {Key('x'), Key('X'), Key('y')}
print(len(s))
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
try:
    {NoHash()}
except TypeError as e:
    print(e)
print(NoHash.__hash__)
class Explicit:
    __hash__ = None
try:
    {Explicit(): 1}
except TypeError as e:
    print(e)
class Plain:
    pass
p = Plain()
print({p: 1}[p], hash(p) == hash(p))
class H:
    def __hash__(self):
        return 42
print(hash(H()), hash(-1), hash(1), hash(True))
class Inherit(Key):
    pass
print(Inherit('q') == Key('Q'), {Inherit('q'): 5}[Key('Q')])
