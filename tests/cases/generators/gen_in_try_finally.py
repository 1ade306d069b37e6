def g():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)

for v in g():
    print("value", v)
print("end")
