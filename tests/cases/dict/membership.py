d = {"apple": 3, "pear": 0}
print("apple" in d)
print("pear" in d)
print("plum" in d)
print(3 in d)
print("plum" not in d)
if "pear" in d:
    print("have pear:", d["pear"])
