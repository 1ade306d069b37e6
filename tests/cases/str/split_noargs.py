print("a b c".split())
print("  leading and trailing  ".split())
print("tabs\tand\nnewlines".split())
print("".split())
print("   ".split())
words = "the quick brown fox".split()
print(len(words))
for w in words:
    print(w)
