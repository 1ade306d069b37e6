class A:
    x = 1
    def m(self):
        return 'm'
a = A()
print(callable(A), callable(a), callable(a.m), callable(len), callable(None), callable(lambda: 0), callable(A.m))
print(getattr(a, 'x'), getattr(a, 'y', 'no'), hasattr(a, 'm'), hasattr(A, 'x'), getattr(a, 'm')())
setattr(a, 'y', 2)
setattr(A, 'z', 3)
print(a.y, a.z, A.z)
delattr(a, 'y')
delattr(A, 'z')
print(hasattr(a, 'y'), hasattr(a, 'z'))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(A, A), isinstance(1, (str, int)), isinstance(True, int))
print(isinstance(a, (list, (dict, A))) if False else isinstance(a, (list, A)), isinstance([], (tuple,)))
for bad in [lambda: getattr(a, 5), lambda: issubclass(1, int), lambda: isinstance(1, 2), lambda: getattr(a, 'nope')]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(id(a) == id(a), id(a) != id(A()), hash(1) == hash(1.0), hash('a') == hash('a'), hash((1, 2)) == hash((1, 2)))
print(chr(65), chr(0x1f600), ord('A'), ord('\u20ac'), ord(b'a'))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord('ab'), lambda: ord(''), lambda: ord(1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(len).__name__, type(A).__name__, type(type).__name__, type(None).__name__, type(a.m).__name__)
print(len.__name__, A.m.__name__, a.m.__name__, A.__name__, int.__name__)
