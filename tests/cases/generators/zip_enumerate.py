def letters():
    yield "a"
    yield "b"
    yield "c"

def nums():
    n = 1
    while True:
        yield n
        n += 1

print(list(zip(letters(), nums())))
for i, ch in enumerate(letters()):
    print(i, ch)
print(dict(zip(letters(), nums())))
print(list(enumerate(letters(), 10)))
