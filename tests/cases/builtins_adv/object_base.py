o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), hash(o) == hash(o))
try:
    o.x = 1
except AttributeError as e:
    print(e)
class A:
    pass
a = A()
print(a == a, a != A(), isinstance(a, object), issubclass(A, object), A.__bases__ == (object,))
print(object.__eq__(a, a), object.__eq__(a, A()), object.__ne__(a, a), str(object.__repr__(a)).startswith('<__main__.A object'))
print(repr(a).startswith('<__main__.A object at 0x'), str(a) == repr(a))
print(A.__name__, A().__class__ is A, type(A) is type, isinstance(A, type))
