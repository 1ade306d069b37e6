def inc(n):
    print("inc", n)
    return n + 1

print(inc(1) + inc(10) * inc(100))
a = [inc(0), inc(inc(0))]
print(a)
print(inc(inc(inc(0))))
