calls = 0
def default():
    global calls
    calls += 1
    return calls

def f(x=default()):
    return x

print(f(), f(), f(10), calls)
def g(lst=[]):
    lst.append(len(lst))
    return lst
print(g(), g(), g([9]))
