s = "frostpy.py"
print(s.startswith("frost"))
print(s.startswith("py"))
print(s.endswith(".py"))
print(s.endswith("frost"))
print(s.startswith(""))
print(s.endswith(""))
print("".startswith("a"))
files = ["a.py", "b.txt", "c.py"]
for f in files:
    if f.endswith(".py"):
        print("python:", f)
