class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<Tag " + self.name + ">"

t = Tag("b")
print(t)
print(str(t))
print([t])
