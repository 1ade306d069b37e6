assert True
assert 1 == 1, "not shown"
try:
    assert False
except AssertionError as e:
    print("empty", e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("message", e)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("arg", e.args[0])
x = 0
assert x == 1, f"x was {x}"
