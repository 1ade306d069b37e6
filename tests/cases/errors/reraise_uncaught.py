def risky():
    raise KeyError("config")

try:
    risky()
except KeyError as e:
    print("logged", e)
    raise
