for base in [bool, range, type(None), type(len)]:
    try:
        class X(base):
            pass
        print('ok', base.__name__)
    except TypeError as e:
        print(e)
try:
    class Y(list, dict):
        pass
except TypeError as e:
    print(e)
try:
    class Z(int, Exception):
        pass
except TypeError as e:
    print(e)
try:
    class W(5):
        pass
except TypeError as e:
    print('TypeError')
class L(list): pass
class LL(L): pass
print(LL([1, 2]), isinstance(LL(), list), LL.__mro__[2].__name__)
