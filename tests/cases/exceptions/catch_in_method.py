class SafeDiv:
    def __init__(self):
        self.errors = 0

    def div(self, a, b):
        try:
            return a / b
        except ZeroDivisionError:
            self.errors += 1
            return None

s = SafeDiv()
print(s.div(1, 2))
print(s.div(1, 0))
print(s.div(3, 0))
print(s.errors)
