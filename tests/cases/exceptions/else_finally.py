def attempt(n):
    try:
        print("try", n)
        r = 10 // n
    except ZeroDivisionError:
        print("except")
    else:
        print("else", r)
    finally:
        print("finally")
    print("after")

attempt(2)
attempt(0)
