def f():
    try:
        return "from try"
    finally:
        print("finally runs before return")

def g():
    try:
        return 1
    finally:
        return 2

def h():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def k():
    x = 1
    try:
        return x
    finally:
        x = 99
        print("x set to", x)

print(f())
print(g())
print(h())
print(k())
