def describe(name, age, city="nowhere"):
    print(name, age, city)

describe("ann", 30)
describe(name="bob", age=25)
describe(age=40, name="cy")
describe("dee", city="paris", age=22)
describe("eve", 19, city="rome")

def f(a, b=2, c=3):
    return a * 100 + b * 10 + c

print(f(1))
print(f(1, c=9))
print(f(c=7, a=5))
