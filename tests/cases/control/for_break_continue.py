for i in range(10):
    if i == 7:
        break
    if i % 3 == 0:
        continue
    print(i)
print("end")
for ch in "abcdef":
    if ch == "c":
        continue
    if ch == "e":
        break
    print(ch)
