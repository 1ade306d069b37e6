assert True
assert 1 + 1 == 2
assert "a" in "abc", "should not fail"
x = [1, 2]
assert len(x) == 2
print("all asserts passed")
