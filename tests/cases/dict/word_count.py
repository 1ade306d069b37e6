text = "the cat and the hat and the bat"
counts = {}
for w in text.split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
for w, c in counts.items():
    print(w, c)
print(counts.get("the"), counts.get("dog", 0))
