class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), sorted(Countdown(3)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, 'end'))
for a, b in zip(Countdown(3), 'xyz'):
    print(a, b)
print(list(map(lambda v: v * 10, Countdown(2))), list(enumerate(Countdown(2), 1)))
class Bad:
    def __iter__(self):
        return 5
try:
    iter(Bad())
except TypeError as e:
    print(e)
try:
    next(5)
except TypeError as e:
    print(e)
class Reversible:
    def __reversed__(self):
        return iter('cba')
print(list(reversed(Reversible())))
