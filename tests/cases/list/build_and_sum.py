evens = []
odds = []
for i in range(10):
    if i % 2 == 0:
        evens.append(i)
    else:
        odds.append(i)
print(evens)
print(odds)
print(sum(evens), sum(odds))
print(max(evens), min(odds))
both = evens + odds
print(len(both))
print(sorted(both))
