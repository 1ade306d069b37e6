x = 0
if x == 0:
    break
print(x)
