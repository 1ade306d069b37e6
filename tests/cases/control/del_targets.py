a = 1
b = [1, 2, 3, 4]
c = {"x": 1, "y": 2}
class O: pass
o = O()
o.attr = 5
del a
del b[0], c["x"]
del o.attr
print(b, c, hasattr(o, "attr"))
try:
    print(a)
except NameError as e:
    print(e)
x, y = 1, 2
del (x, y)
try:
    x
except NameError as e:
    print(e)
l = [1, 2, 3]
del [l[0]]
print(l)
