def parse_all(texts):
    out = []
    for t in texts:
        out.append(int(t))
        print("parsed", t)
    return out

print(parse_all(["1", "2", "three", "4"]))
