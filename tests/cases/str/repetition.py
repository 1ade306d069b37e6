print("ab" * 3)
print(3 * "xy")
print("-" * 10)
print("a" * 0)
print("a" * -2)
print(len("abc" * 4))
line = "=" * 5 + "|" + "=" * 5
print(line)
