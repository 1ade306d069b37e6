class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.stock = {}
        self.log = []

    def add(self, item, qty=1):
        self.stock[item] = self.stock.get(item, 0) + qty
        self.log.append(f"add {item} {qty}")

    def remove(self, item, qty=1):
        have = self.stock.get(item, 0)
        if have < qty:
            raise OutOfStock(f"{item}: have {have}, want {qty}")
        self.stock[item] = have - qty
        self.log.append(f"remove {item} {qty}")

    def report(self):
        for item, qty in self.stock.items():
            print(f"  {item}: {qty}")


inv = Inventory()
inv.add("bolt", 10)
inv.add("nut", 4)
inv.add("bolt", 5)
inv.report()
orders = [("bolt", 12), ("nut", 5), ("washer", 1), ("nut", 4)]
for item, qty in orders:
    try:
        inv.remove(item, qty)
        print("shipped", item, qty)
    except OutOfStock as e:
        print("cannot ship:", e)
inv.report()
print(inv.log)
