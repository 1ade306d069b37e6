print("start")
items = []
assert len(items) == 1
print("unreachable")
