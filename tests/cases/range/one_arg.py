for i in range(5):
    print(i)
for i in range(0):
    print("never")
for i in range(1):
    print("once", i)
