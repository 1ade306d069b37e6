def find(items, target):
    for i in range(len(items)):
        if items[i] == target:
            print("found at", i)
            break
    else:
        print("not found")

find([4, 5, 6], 5)
find([4, 5, 6], 9)
find([], 1)
for x in range(3):
    pass
else:
    print("else after full loop, x =", x)
