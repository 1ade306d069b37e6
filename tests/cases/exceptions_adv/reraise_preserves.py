def inner():
    raise ValueError('deep')
def middle():
    try:
        inner()
    except ValueError:
        print('logging and re-raising')
        raise
try:
    middle()
except ValueError as e:
    print('outer got', e, e.__context__)
def swap():
    try:
        inner()
    except ValueError as e:
        err = e
    raise err
try:
    swap()
except ValueError as e:
    print('re-raised saved', e)
