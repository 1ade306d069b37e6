def f(*a, **k):
    return a, k

try:
    f(*None)
except TypeError as e:
    print(e)
try:
    f(**[("a", 1)])
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
