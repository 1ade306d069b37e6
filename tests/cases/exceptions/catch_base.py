errors = []
for i in range(5):
    try:
        if i == 0:
            1 // 0
        elif i == 1:
            [][1]
        elif i == 2:
            undefined_thing_here
        elif i == 3:
            None.missing_attr
        else:
            1 + "a"
    except Exception as e:
        errors.append(type(e).__name__)
print(errors)
try:
    raise KeyError("deep")
except BaseException as e:
    print("BaseException caught", repr(e))
