found = None
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found is not None:
        break
    print("row", i, "done")
print(found)
for i in range(3):
    for j in range(3):
        if j > i:
            continue
        print(i, j)
