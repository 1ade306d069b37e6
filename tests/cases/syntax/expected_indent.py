def f():
    print("ok")

if True:
print("not indented")
