def f(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("div by zero")
        return "except"
    else:
        print("else")
        return "else"
    finally:
        print("finally", x)

print(f(0))
print(f(2))
