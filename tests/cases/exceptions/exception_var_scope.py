msg = "unset"
try:
    raise ValueError("v")
except ValueError as e:
    msg = str(e)
print(msg)
try:
    print(e)
except NameError:
    print("e is cleared after except")
