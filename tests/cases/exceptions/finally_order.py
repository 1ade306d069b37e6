def f():
    try:
        print("in try")
        raise ValueError("boom")
    finally:
        print("in finally")

try:
    f()
except ValueError as e:
    print("outer caught", e)

try:
    try:
        print("inner try")
    finally:
        print("inner finally")
    print("between")
finally:
    print("outer finally")
