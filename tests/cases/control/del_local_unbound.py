def f():
    v = 1
    del v
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    v = 2
    return v
print(f())
def g():
    def inner():
        return cell
    cell = "c"
    r1 = inner()
    del cell
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    return r1
print(g())
