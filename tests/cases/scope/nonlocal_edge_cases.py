def outer():
    x = 0
    def a():
        nonlocal x
        x += 1
    def b():
        nonlocal x
        x *= 10
    a(); b(); a()
    return x
print(outer())
def levels():
    v = "L1"
    def mid():
        def inner():
            nonlocal v
            v = "set by inner"
        inner()
        return v
    r = mid()
    return r, v
print(levels())
def loop_cells():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(loop_cells())
