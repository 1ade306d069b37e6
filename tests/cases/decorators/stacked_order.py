def deco(label):
    print("making", label)
    def d(f):
        print("applying", label)
        def w():
            print("enter", label)
            r = f()
            print("leave", label)
            return r
        return w
    return d

@deco("outer")
@deco("inner")
def work():
    print("working")
    return 42

print(work())
