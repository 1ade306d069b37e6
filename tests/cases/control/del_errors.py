d = {}
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
l = []
try:
    del l[0]
except IndexError as e:
    print("IndexError", e)
def f():
    x = 1
    del x
    del x
f()
