print("one")
x = 1
    y = 2
print(x)
