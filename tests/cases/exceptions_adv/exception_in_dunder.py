class Bad:
    def __eq__(self, o):
        raise RuntimeError('eq failed')
    def __hash__(self):
        return 1
try:
    {Bad(): 1, Bad(): 2}
except RuntimeError as e:
    print(e)
class BadHash:
    def __hash__(self):
        raise ValueError('no hash')
try:
    {BadHash()}
except ValueError as e:
    print(e)
class BadRepr:
    def __repr__(self):
        raise KeyError('repr')
try:
    print([BadRepr()])
except KeyError as e:
    print('KeyError', e)
class BadIter:
    def __iter__(self):
        raise IndexError('iter')
try:
    list(BadIter())
except IndexError as e:
    print(e)
class BadGet:
    @property
    def p(self):
        return 1 / 0
try:
    BadGet().p
except ZeroDivisionError as e:
    print(e)
print(hasattr(BadGet(), 'q'))
try:
    hasattr(BadGet(), 'p')
except ZeroDivisionError as e:
    print('propagates', e)
