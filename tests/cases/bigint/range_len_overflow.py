r = range(3, 10 ** 20, 7)
print(r[-1], r[1000])
print(len(r))
