import_like = [len, print, str, str.upper, 'x'.upper, (lambda: 0), type, object, Exception, ValueError('v'), 5, 'x', [], None]
print([callable(x) for x in import_like])
class WithCall:
    def __call__(self):
        return 1
class Without:
    pass
print(callable(WithCall()), callable(Without()), callable(WithCall), callable(classmethod(len)) if False else callable(staticmethod))
print(type(str.upper).__name__, type('x'.upper).__name__, type(WithCall().__call__).__name__)
