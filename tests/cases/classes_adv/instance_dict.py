class O:
    pass
o = O()
o.a = 1
o.__dict__['b'] = 2
print(o.a, o.b, sorted(o.__dict__.items()))
o.__dict__.clear()
print(hasattr(o, 'a'))
class Slots:
    def __init__(self):
        vars_ = self.__dict__
        vars_['x'] = 42
print(Slots().x)
