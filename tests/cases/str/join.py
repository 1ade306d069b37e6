print(", ".join(["a", "b", "c"]))
print("".join(["x", "y"]))
print("-".join([]))
print("-".join(["solo"]))
print(" ".join("a b  c".split()))
print("+".join(("1", "2", "3")))
nums = [1, 2, 3]
strs = []
for n in nums:
    strs.append(str(n))
print("/".join(strs))
