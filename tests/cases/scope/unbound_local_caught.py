x = 10

def f():
    try:
        print(x)
    except UnboundLocalError as e:
        print("caught:", e)
    x = 5
    return x

print(f())

def g():
    try:
        print(y)
    except NameError as e:
        print("NameError subclass caught:", type(e).__name__)
    y = 1

g()
