scores = {"ann": 82, "bob": 91, "cy": 77, "dee": 91}
best = max(scores.values())
print("best", best)
winners = []
for name, s in scores.items():
    if s == best:
        winners.append(name)
print(sorted(winners))
print("average", sum(scores.values()) / len(scores))
for rank, name in enumerate(sorted(scores), 1):
    print(rank, name, scores[name])
