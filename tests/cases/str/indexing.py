s = "python"
print(s[0])
print(s[1])
print(s[5])
print(s[-1])
print(s[-2])
print(s[-6])
i = 0
while i < len(s):
    print(i, s[i], s[-1 - i])
    i += 1
