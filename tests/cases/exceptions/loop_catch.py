values = ["1", "x", "3", "", "5"]
total = 0
bad = 0
for v in values:
    try:
        total += int(v)
    except ValueError:
        bad += 1
        continue
    print("added", v)
print(total, bad)
