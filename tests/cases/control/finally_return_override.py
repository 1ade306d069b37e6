def f():
    try:
        return "try"
    finally:
        print("finally runs")

def g():
    try:
        return "try"
    finally:
        return "finally wins"

def h():
    for i in range(3):
        try:
            return i
        finally:
            print("cleanup", i)

print(f(), g(), h())
