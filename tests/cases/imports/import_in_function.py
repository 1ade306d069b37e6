def f():
    import _mod_a
    from _pkg import pkg_value

    return _mod_a.double(pkg_value)


print(f())
try:
    print(_mod_a)
except NameError as e:
    print(e)


class C:
    import _mod_a as m

    value = m.x


print(C.value, C.m.x)
