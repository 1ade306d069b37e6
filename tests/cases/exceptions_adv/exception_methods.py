e = ValueError('m')
print(e.with_traceback(None) is e, e.__traceback__, str(e.__class__.__name__), ValueError.__name__)
class E(Exception):
    def __str__(self):
        return 'custom:' + super().__str__()
    def __repr__(self):
        return 'E<' + super().__repr__() + '>'
x = E('a', 1)
print(str(x), repr(x), x.args)
print(BaseException.__str__(ValueError('z')), Exception.__repr__(KeyError('k')))
print(isinstance(E(), BaseException), E.__mro__[-2].__name__, E.__bases__[0].__name__)
