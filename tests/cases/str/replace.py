s = "hello world"
print(s.replace("o", "0"))
print(s.replace("world", "there"))
print(s.replace("xyz", "abc"))
print(s.replace("l", ""))
print("aaaa".replace("aa", "b"))
print("abc".replace("", "-"))
print(s)
