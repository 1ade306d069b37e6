for i in range(3, 7):
    print(i)
for i in range(-2, 2):
    print(i)
for i in range(5, 5):
    print("never")
for i in range(5, 2):
    print("never")
print("done")
