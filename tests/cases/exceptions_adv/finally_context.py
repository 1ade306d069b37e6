def f():
    try:
        raise ValueError('body')
    finally:
        print('cleanup')
try:
    f()
except ValueError as e:
    print('caught', e, e.__context__)
def g():
    try:
        return 'ret'
    finally:
        print('finally on return')
print(g())
def h():
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
        except KeyError as e:
            print('caught', repr(e))
            break
    try:
        raise TypeError('later')
    except TypeError as e:
        return e.__context__
print(h())
