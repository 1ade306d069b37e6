s = "text"
print(f"{s!r}")
print(f"value={s!r} plain={s}")
n = 10
print(f"{n!r}")
x = 2.5
print(f"{x!r}")
lst = ["a", 1]
print(f"{lst!r} {lst}")
print(f"{'quote' + 's'!r}")
