# The first program: a greeting, a loop, a function and a class.
def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation


class Counter:
    def __init__(self, start=0):
        self.count = start

    def bump(self, by=1):
        self.count += by
        return self.count


print(greet("frostpy"))
c = Counter(10)
for i in range(3):
    c.bump(i)
print("count:", c.count)
squares = [n * n for n in range(6)]
print(squares, sum(squares))
