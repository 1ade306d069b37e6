class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("exit must not run")

try:
    with BadEnter():
        print("body must not run")
except OSError as e:
    print("caught", e)
