def check(v):
    try:
        return int(v)
    except ValueError:
        print("logging bad value", repr(v))
        raise

try:
    check("12")
    check("x")
except ValueError as e:
    print("reraised:", e)
print(check("7"))
