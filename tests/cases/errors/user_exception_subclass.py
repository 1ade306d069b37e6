class BaseErr(Exception):
    pass

class DeepErr(BaseErr):
    def __init__(self, code):
        super().__init__("code " + str(code))
        self.code = code

def a():
    b()

def b():
    c()

def c():
    raise DeepErr(7)

try:
    a()
except ValueError:
    print("not this")
