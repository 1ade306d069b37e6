class Bad:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        raise RuntimeError("exit failed")

try:
    with Bad():
        raise ValueError("body")
except RuntimeError as e:
    print("caught", e)
try:
    with Bad():
        print("clean body")
except RuntimeError as e:
    print("caught", e)
