for i in range(4):
    pass
print(i)
for i in range(10):
    if i == 6:
        break
print(i)
last = None
for last in ["a", "b"]:
    pass
print(last)
