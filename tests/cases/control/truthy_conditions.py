items = [1, 2, 3]
while items:
    print("pop", items.pop())
print(items)
name = ""
if not name:
    print("empty name")
d = {}
if d:
    print("nonempty")
else:
    print("empty dict")
n = None
if n is None:
    print("none")
