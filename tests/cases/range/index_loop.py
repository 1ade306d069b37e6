a = ["x", "y", "z"]
for i in range(len(a)):
    print(i, a[i])
total = 0
for i in range(1, 101):
    total += i
print(total)
print(sum(range(10)))
print(sum(range(1, 10, 2)))
r = range(4)
for x in r:
    print(x * 10)
for x in r:
    print(x + 100)
