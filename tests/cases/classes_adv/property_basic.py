class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        print('get')
        return self._c
    @celsius.setter
    def celsius(self, v):
        print('set', v)
        if v < -273:
            raise ValueError('too cold')
        self._c = v
    @celsius.deleter
    def celsius(self):
        print('del')
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 1
except AttributeError as e:
    print(e)
del t.celsius
print(hasattr(t, '_c'))
try:
    del t.fahrenheit
except AttributeError as e:
    print(e)
print(type(Temp.celsius).__name__, isinstance(Temp.celsius, property))
