total = 0
for i in range(1, 5):
    total += i
    print(f"i={i} total={total}")
items = {"apple": 3, "pear": 5}
for k, v in items.items():
    print(f"{k}: {v}")
