for i in range(5, 0, -1):
    print(i)
for i in range(10, -10, -6):
    print(i)
for i in range(0, 5, -1):
    print("never")
s = "abc"
for i in range(len(s) - 1, -1, -1):
    print(s[i])
