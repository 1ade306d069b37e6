class M:
    def __init__(self, v):
        self.v = v
    def __radd__(self, o):
        return 'radd(%r)' % (o,)
    def __rsub__(self, o):
        return 'rsub(%r)' % (o,)
    def __rtruediv__(self, o):
        return 'rtruediv(%r)' % (o,)
    def __rpow__(self, o):
        return 'rpow(%r)' % (o,)
    def __rlshift__(self, o):
        return 'rlshift'
    def __rand__(self, o):
        return 'rand'
    def __ror__(self, o):
        return 'ror'
    def __rxor__(self, o):
        return 'rxor'
    def __rmod__(self, o):
        return 'rmod'
    def __rfloordiv__(self, o):
        return 'rfloordiv'
m = M(1)
print(1 + m, 'a' + m, [1] + m, 2 - m, 1 / m, 2 ** m, 1 << m, 1 & m, 1 | m, 1 ^ m, 5 % m, 5 // m)
print(sum([m]) if False else 0 + m)
class Base:
    def __add__(self, o):
        return 'Base.add'
    def __radd__(self, o):
        return 'Base.radd'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.radd'
print(Base() + Derived(), Derived() + Base(), Base() + Base())
