def naturals(n):
    i = 0
    while i < n:
        yield i
        i += 1

# Long generators are consumed item by item, not collected first.
print(sum(naturals(20000)))
print(max(naturals(20000)), min(x - 5 for x in naturals(20000)))
print(any(x == 19999 for x in naturals(20000)), all(x < 10 for x in naturals(20000)))
print(max(naturals(10), key=lambda v: -v), min(naturals(0), default="empty"))
try:
    max(naturals(0))
except ValueError as e:
    print(e)
total = 0
for a, b in zip(naturals(1000), naturals(1000)):
    total += a * b
print(total)
