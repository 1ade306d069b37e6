a = [1, 2, 3, 4, 5]
print(a.pop())
print(a)
print(a.pop(0))
print(a)
print(a.pop(1))
print(a)
print(a.pop(-1))
print(a)
while len(a) > 0:
    print("popped", a.pop())
print(a)
