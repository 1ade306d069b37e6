class Oops(Exception):
    def __str__(self):
        return "custom oops message"

try:
    raise Oops("ignored")
except Oops as e:
    print(e)
    print(str(e))
    print(e.args)
