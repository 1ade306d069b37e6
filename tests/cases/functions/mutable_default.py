def append_to(x, lst=[]):
    lst.append(x)
    return lst

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
