values = [0, 1, -1, 0.0, 2.5, "", "a", [], [0], (), (1,), {}, {"k": 1}, None, True, False]
for v in values:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
print(bool(range(0)), bool(range(3)))
