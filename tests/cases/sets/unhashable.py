for bad in [[1], {1: 2}, {1}, bytearray(b'x')]:
    try:
        {bad}
    except TypeError as e:
        print(e)
    try:
        {bad: 1}
    except TypeError as e:
        print(e)
print({(1, 'a'), (1, 'a')}, {1, 1.0, True}, {0, False, 0.0})
try:
    {(1, [2])}
except TypeError as e:
    print(e)
