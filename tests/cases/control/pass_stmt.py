def empty():
    pass

class Nothing:
    pass

for i in range(3):
    pass
if True:
    pass
print(empty())
print(i)
print("ok")
