class Box:
    items = []
    size = 1

b1 = Box()
b2 = Box()
b1.size = 5
print(b1.size, b2.size, Box.size)
b1.items.append("shared")
print(b2.items)
b2.items = ["own"]
print(b1.items, b2.items, Box.items)
