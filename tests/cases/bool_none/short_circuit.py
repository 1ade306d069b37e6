def side(name, value):
    print("eval", name)
    return value

print(side("a", False) and side("b", True))
print(side("c", True) and side("d", 7))
print(side("e", 1) or side("f", 2))
print(side("g", 0) or side("h", 0))
print(not side("i", 3))
