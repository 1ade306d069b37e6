def f():
    try:
        try:
            try:
                return "value"
            finally:
                print("inner")
        finally:
            print("middle")
    finally:
        print("outer")

print(f())
def g():
    for i in range(2):
        try:
            for j in range(2):
                try:
                    if j == 1:
                        break
                finally:
                    print("j-finally", i, j)
        finally:
            print("i-finally", i)
g()
