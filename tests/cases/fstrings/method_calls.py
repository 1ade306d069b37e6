name = "  Frost Py  "
print(f"[{name.strip()}]")
print(f"{name.upper().strip()}")
words = "a b c".split()
print(f"{len(words)} words: {', '.join(words)}")
def greet(who):
    return "hi " + who
print(f"{greet('you')}!")
