inv = {'apple': 3, 'pear': 0, 'kiwi': 5}
order = {'kiwi': 1, 'plum': 2}
print(sorted(inv.keys() - order.keys()), sorted(order.keys() - inv), sorted(inv.keys() & order), sorted(inv.keys() ^ order.keys()))
print(inv.keys() >= {'apple'}, inv.keys() > inv.keys(), {'apple', 'pear', 'kiwi'} == inv.keys(), inv.keys() != order.keys())
common = [k for k in inv if k in order]
print(common, sorted(inv.items() - {('pear', 0)}), len(inv.items() | order.items()))
