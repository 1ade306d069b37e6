"""A plain helper module."""
print("loading _mod_a")
x = 10
_hidden = 1


def double(n):
    return n * 2


class K:
    def __init__(self, v):
        self.v = v

    def show(self):
        return "K(" + str(self.v) + ")"


class MyError(Exception):
    pass


def fail():
    raise MyError("boom")


if __name__ == "__main__":
    print("not printed when imported")
