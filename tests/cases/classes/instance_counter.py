class Widget:
    count = 0

    def __init__(self, name):
        self.name = name
        Widget.count += 1
        self.id = Widget.count

w1 = Widget("a")
w2 = Widget("b")
w3 = Widget("c")
print(Widget.count)
print(w1.id, w2.id, w3.id)
print(w1.count)
