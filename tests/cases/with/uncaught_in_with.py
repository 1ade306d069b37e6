class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("cleanup")

with CM():
    print("working")
    raise KeyError("bad key")
