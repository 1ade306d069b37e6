def logged(f):
    def wrapper(*a, **k):
        print('call', f.__name__)
        return f(*a, **k)
    return wrapper
class Svc:
    @logged
    def run(self, x):
        return x + 1
    @staticmethod
    @logged
    def st(x):
        return x * 2
    @classmethod
    @logged
    def cm(cls):
        return cls.__name__
print(Svc().run(1), Svc.st(2), Svc.cm())
