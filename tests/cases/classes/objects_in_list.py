class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

items = [Item("pen", 3), Item("book", 12), Item("cup", 5)]
total = 0
for it in items:
    total += it.price
print(total)
cheapest = items[0]
for it in items:
    if it.price < cheapest.price:
        cheapest = it
print(cheapest.name)
names = []
for it in items:
    names.append(it.name)
print(names)
