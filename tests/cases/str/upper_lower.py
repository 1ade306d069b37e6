s = "Hello, World 42"
print(s.upper())
print(s.lower())
print(s)
print("".upper())
print("ABC".lower() == "abc")
t = "MiXeD"
print(t.lower().upper())
