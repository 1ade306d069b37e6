class Greeter:
    def __init__(self, who):
        self.who = who

    def hello(self, punct):
        return "hello " + self.who + punct

g = Greeter("world")
print(Greeter.hello(g, "!"))
bound = g.hello
print(bound("?"))
fns = [g.hello, Greeter("moon").hello]
for f in fns:
    print(f("."))
