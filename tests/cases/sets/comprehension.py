s = {x % 3 for x in range(10)}
print(sorted(s))
words = ['apple', 'bob', 'apple', 'cat']
print(sorted(set(words)), len(set(words)))
seen = set()
out = []
for w in words:
    if w not in seen:
        seen.add(w)
        out.append(w)
print(out)
print(sorted({(1, 2), (1, 2), (2, 1)}))
print(set('hello') == {'h', 'e', 'l', 'o'})
print(bool(set()), bool({0}))
print(sorted(set(range(5)) - {2}))
