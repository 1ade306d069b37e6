raw = "  Hello, Frost World  "
print(raw.strip().lower())
print(raw.strip().replace(" ", "_").upper())
print(raw.strip().split(", "))
print("-".join(raw.strip().lower().split()))
print(raw.strip().lower().startswith("hello"))
print(raw.strip().find("Frost"))
