text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""

lines = text.split("\n")
print(len(lines), "lines")
words = []
for line in lines:
    for w in line.split():
        w = w.replace(",", "").lower()
        words.append(w)
print(len(words), "words")
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
best = ""
best_n = 0
for w in freq:
    if freq[w] > best_n:
        best = w
        best_n = freq[w]
print("most common:", best, best_n)
longest = ""
for w in words:
    if len(w) > len(longest):
        longest = w
print("longest:", longest)
print(sorted(freq)[0], sorted(freq)[-1])
print(text.find("worst"), text.upper().find("WISDOM"))
