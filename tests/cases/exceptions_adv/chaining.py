def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('cannot parse ' + s) from e
try:
    parse('x')
except RuntimeError as e:
    print(e, '<-', repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('during')
except KeyError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError('t')
    except TypeError:
        raise ValueError('v') from None
except ValueError as e:
    print(e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    raise IndexError('i')
except IndexError as e:
    print(e.__context__, e.__cause__)
try:
    try:
        raise OSError('first')
    finally:
        print('finally runs')
except OSError as e:
    print(e.__context__)
try:
    try:
        raise KeyError('a')
    finally:
        raise ValueError('in finally')
except ValueError as e:
    print(repr(e.__context__))
err = ValueError('x')
err.__cause__ = KeyError('y')
print(repr(err.__cause__), err.__suppress_context__)
try:
    err.__cause__ = 5
except TypeError as e:
    print(e)
