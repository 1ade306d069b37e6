class A: pass
class B(A): pass
b = B()
print(type(b) is B, type(b) is A, isinstance(b, A), type(b).__mro__[1] is A, B.__bases__[0] is A)
print(type(b).__name__, type(type(b)).__name__, B.__mro__ == (B, A, object))
print(isinstance(b, (int, str)), isinstance(b, (int, (str, A))) if False else isinstance(b, (int, A)))
print(issubclass(B, (A,)), issubclass(B, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
print(isinstance(A, type), isinstance(int, type), isinstance(len, type), type(int) is type)
