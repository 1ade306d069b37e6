class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__, v)
        return None

try:
    with CM():
        raise ValueError("inner problem")
except ValueError as e:
    print("outer caught", e)
