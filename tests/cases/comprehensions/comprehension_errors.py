try:
    print([1 // x for x in [1, 0]])
except ZeroDivisionError as e:
    print("caught", e)
vals = [10, 20]
print([vals[i] for i in range(3)])
