class Thing:
    def __init__(self):
        self.present = 1

t = Thing()
try:
    t.absent_value
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).nonexistent_method()
except AttributeError as e:
    print("AttributeError:", e)
print(t.present)
