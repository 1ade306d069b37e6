class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == 'short':
            return '$%d' % (self.cents // 100)
        return '$%d.%02d' % (self.cents // 100, self.cents % 100)
    def __str__(self):
        return 'Money'
m = Money(12345)
print(f'{m}', f'{m:short}', format(m, ''), '{:short}'.format(m), '{}'.format(m), str(m))
class NoFormat:
    def __str__(self):
        return 'nf'
print(f'{NoFormat()}', format(NoFormat()))
try:
    f'{NoFormat():>5}'
except TypeError as e:
    print(e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat(), 'x')
except TypeError as e:
    print(e)
