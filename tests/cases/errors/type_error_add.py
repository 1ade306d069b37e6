n = 1
s = "a"
print("adding")
r = n + s
print(r)
