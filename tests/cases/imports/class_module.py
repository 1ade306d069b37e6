import _mod_a

print(_mod_a.K.__module__)
print(_mod_a.K)
print(_mod_a.MyError)


class Local:
    pass


print(Local.__module__, Local)
try:
    _mod_a.fail()
except _mod_a.MyError as e:
    print(type(e).__name__, e)
