class WrapError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise WrapError("could not parse " + repr(s))

try:
    parse("nope")
except WrapError as e:
    print("got", type(e).__name__, e)
print(parse("10"))
