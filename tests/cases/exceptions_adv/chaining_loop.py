for i in range(3):
    try:
        raise ValueError(i)
    except ValueError:
        if i == 1:
            continue
        pass
try:
    raise KeyError('after loop')
except KeyError as e:
    print(e.__context__)
def g():
    try:
        raise TypeError('inner')
    except TypeError:
        return 'returned'
print(g())
try:
    raise NameError('next')
except NameError as e:
    print(e.__context__)
try:
    try:
        raise ValueError('a')
    except KeyError:
        pass
except ValueError:
    pass
try:
    raise RuntimeError('b')
except RuntimeError as e:
    print(e.__context__)
try:
    raise ValueError('outer')
except ValueError:
    try:
        raise KeyError('inner')
    except KeyError as k:
        print(repr(k.__context__))
    try:
        raise TypeError('second')
    except TypeError as t:
        print(repr(t.__context__))
