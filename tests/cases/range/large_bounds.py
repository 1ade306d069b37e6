start = 9223372036854775800
for i in range(start, start + 5):
    print(i)
for i in range(-start + 10, -start - 5, -5):
    print(i)
print(len(range(0, 9223372036854775807, 1000000000000000000)))
