class A:
    def f(self):
        return 'A.f'
    @classmethod
    def cm(cls):
        return 'A.cm(' + cls.__name__ + ')'
class B(A):
    def f(self):
        return 'B.f>' + super().f() + '|' + super(B, self).f()
    @classmethod
    def cm(cls):
        return 'B.cm>' + super().cm()
class C(B):
    def f(self):
        return 'C.f>' + super(B, self).f()
print(B().f(), C().f(), B.cm(), C.cm())
s = super(B, B())
print(s.f(), type(s).__name__)
class D(A):
    def __init__(self):
        super().__init__()
        self.ok = True
    def __repr__(self):
        return 'D(' + super().__repr__()[:10] + ')'
print(D().ok, repr(D()))
