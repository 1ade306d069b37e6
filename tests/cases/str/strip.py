print("[" + "  padded  ".strip() + "]")
print("[" + "\t\n x \n".strip() + "]")
print("[" + "none".strip() + "]")
print("[" + "   ".strip() + "]")
print("[" + "a b".strip() + "]")
line = "  key = value  "
parts = line.split("=")
print("[" + parts[0].strip() + "]", "[" + parts[1].strip() + "]")
