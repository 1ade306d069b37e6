class A:
    def __init__(self):
        self._x = 1
    def getx(self):
        return self._x
    def setx(self, v):
        self._x = v * 10
    x = property(getx, setx)
    y = property(fget=getx)
    z = property(getx, doc='the z')
a = A()
print(a.x, a.y)
a.x = 2
print(a.x, a.y, A.z.__doc__)
print(A.x.fget is A.getx, A.y.fset)
class B(A):
    @property
    def x(self):
        return 'overridden'
print(B().x)
try:
    B().x = 5
except AttributeError as e:
    print(e)
class C:
    @property
    def val(self):
        raise AttributeError('inner')
    def __getattr__(self, name):
        return 'fallback ' + name
print(C().val, C().other)
