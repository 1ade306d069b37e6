count = 0
for ch in "banana":
    if ch == "a":
        count += 1
    print(ch, end=" ")
print()
print(count)
vowels = "aeiou"
out = ""
for c in "programming":
    if c in vowels:
        out = out + c.upper()
    else:
        out = out + c
print(out)
