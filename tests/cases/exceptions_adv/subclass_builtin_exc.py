class MissingKey(KeyError):
    pass
class BadValue(ValueError):
    def __init__(self, value):
        super().__init__('bad value: %r' % (value,))
        self.value = value
try:
    raise MissingKey('name')
except LookupError as e:
    print(type(e).__name__, str(e), repr(e), e.args)
try:
    raise BadValue([1])
except ValueError as e:
    print(e, e.value, repr(e))
class Multi(OSError):
    pass
e = Multi(5, 'io failure')
print(e.errno, e.strerror, str(e), type(e).__name__)
print(issubclass(MissingKey, LookupError), MissingKey.__mro__[1] is KeyError)
