name = "frost"
n = 3
print(f"hello {name}")
print(f"{n} items")
print(f"{name}{n}")
print(f"")
print(f"no fields")
print(f"{1.5} {None} {True}")
print(f"{[1, 'a']}")
