def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i

g = (x * 10 for x in noisy(3))
print("created")
for v in g:
    print("consume", v)
