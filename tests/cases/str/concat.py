a = "hello"
b = "world"
print(a + b)
print(a + " " + b)
s = ""
for w in ["x", "y", "z"]:
    s = s + w
    print(s)
s += "!"
print(s)
print("" + "")
