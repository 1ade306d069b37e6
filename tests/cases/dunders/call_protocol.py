class Memo:
    def __init__(self, f):
        self.f = f
        self.cache = {}
        self.calls = 0
    def __call__(self, n):
        if n not in self.cache:
            self.calls += 1
            self.cache[n] = self.f(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.calls, type(fib).__name__, callable(fib))
class Cls:
    def __call__(self):
        return 'instance called'
print(Cls()(), callable(Cls()))
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
