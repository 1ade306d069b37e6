a = "abc"
b = "ab" + "c"
print(a == b)
print(a != b)
print(a == "abd")
print("" == "")
print("a" == "A")
print("1" == 1)
print("abc" != 3)
