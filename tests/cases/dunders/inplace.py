class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
    def __imul__(self, k):
        self.items = self.items * k
        return self
a = Acc()
b = a
a += 1
a += 2
a -= 1
a *= 2
print(a.items, a is b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
l = [1]
l2 = l
l += (2, 3)
print(l, l2 is l)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
try:
    x -= 1
except TypeError as e:
    print(e)
