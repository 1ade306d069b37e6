class V:
    def __init__(self, x):
        self.x = x

    def __str__(self):
        return "V" + str(self.x)

    def __repr__(self):
        return "V(" + str(self.x) + ")"

v = V(4)
print(f"{v}")
print(f"{v!r}")
print(f"{v.x}")
print(f"{[v]}")
