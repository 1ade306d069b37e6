s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError:", e)
print(s)
t = s.upper()
print(s, t)
