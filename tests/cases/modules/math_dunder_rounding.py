import math


class Num:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return "trunc!"


n = Num()
print(math.floor(n), math.ceil(n), math.trunc(n))


class Plain:
    pass


try:
    math.trunc(Plain())
except TypeError as e:
    print(e)
