for i in range(3):
    print("line", i)
print("last", end="\n")
d = {"a": 1}
print(d["a"] + d["b"])
