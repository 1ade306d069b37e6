def outer(x):
    def inner(y):
        return x + y
    print("inner(1) =", inner(1))
    return inner(10)

print(outer(5))

def make_adder(n):
    def adder(v):
        return v + n
    return adder

add3 = make_adder(3)
add7 = make_adder(7)
print(add3(1), add7(1), add3(add7(0)))
