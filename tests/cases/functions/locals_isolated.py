x = "global"

def f():
    x = "local"
    print("in f:", x)

f()
print("outside:", x)

def g(x):
    x = x + 1
    return x

y = 10
print(g(y), y)
