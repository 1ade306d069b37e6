class Strict:
    def __init__(self, v):
        if v < 0:
            raise ValueError('negative: %d' % v)
        self.v = v
try:
    Strict(-1)
except ValueError as e:
    print(e)
print(Strict(3).v)
class WrongInit:
    def __init__(self):
        return 5
try:
    WrongInit()
except TypeError as e:
    print(e)
try:
    Strict()
except TypeError as e:
    print(type(e).__name__)
try:
    Strict(1, 2)
except TypeError as e:
    print(type(e).__name__)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
