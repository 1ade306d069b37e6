def check(v):
    assert v > 0, "value must be positive"
    return v

print(check(3))
print(check(-1))
print("unreachable")
