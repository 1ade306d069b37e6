for i in range(0, 10, 3):
    print(i)
for i in range(1, 2, 5):
    print(i)
for i in range(-10, 10, 7):
    print(i)
