try:
    assert 1 == 2
except AssertionError as e:
    print("caught", repr(str(e)), e.args)
try:
    assert False, "with message"
except AssertionError as e:
    print("caught", e)
try:
    n = 5
    assert n < 0, "n must be negative, got " + str(n)
except AssertionError as e:
    print(e)
