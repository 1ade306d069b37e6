try:
    print(not_defined_anywhere)
except NameError as e:
    print("NameError:", e)
def f():
    return also_not_defined
try:
    f()
except NameError as e:
    print("NameError:", e)
