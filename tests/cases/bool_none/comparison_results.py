a = 3
b = 7
r = a < b
print(r)
print(type(r).__name__)
flags = [a == b, a != b, a > b, a <= b]
print(flags)
count = 0
for f in flags:
    if f:
        count += 1
print(count)
print(not (a < b and b < 10))
