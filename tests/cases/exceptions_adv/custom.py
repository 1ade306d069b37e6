class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(404, what + ' not found')
        self.what = what
    def __str__(self):
        return 'NotFound: ' + self.what
try:
    raise NotFound('page')
except AppError as e:
    print(e.code, e.what, e.args, str(e), repr(e), isinstance(e, Exception))
class Plain(Exception):
    pass
print(repr(Plain()), repr(Plain(1, 2)), str(Plain('m')), Plain.__mro__[1].__name__)
class WithAttrs(ValueError):
    pass
w = WithAttrs('bad')
w.detail = 42
print(w.detail, w, isinstance(w, ValueError))
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
print(NoSuper(1, 2).args, NoSuper(1, 2).a)
class ReprErr(Exception):
    def __repr__(self):
        return 'ReprErr!'
print(repr(ReprErr()), [ReprErr('x')])
def f():
    raise NotFound('thing')
try:
    f()
except (KeyError, AppError) as e:
    print('tuple catch', e.code)
