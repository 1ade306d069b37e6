try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise ValueError('x') from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
def reraiser():
    try:
        raise KeyError('orig')
    except KeyError:
        raise
try:
    reraiser()
except KeyError as e:
    print('reraised', e)
try:
    raise
except RuntimeError as e:
    print(e)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as e:
    print(e)
try:
    try:
        pass
    except NotExc:
        pass
    raise ValueError('ok')
except ValueError as e:
    print(e)
