x = "global"
class C:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)
def f():
    v = "enclosing"
    class D:
        w = v
        def get(self):
            return v
    return D.w, D().get()
print(f())
