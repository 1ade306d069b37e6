print(bool(0.0))
print(bool(0.5))
print(bool(-1.0))
if 0.0:
    print("zero is true")
else:
    print("zero is false")
x = 2.5
while x > 0:
    print(x)
    x = x - 1.0
