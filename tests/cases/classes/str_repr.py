class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return "$" + str(self.cents // 100) + "." + str(self.cents % 100)

    def __repr__(self):
        return "Money(" + str(self.cents) + ")"

m = Money(1234)
print(m)
print(str(m))
print(repr(m))
print([m, Money(5)])
print((m,))
print({"price": m})
print("cost: " + str(m))
