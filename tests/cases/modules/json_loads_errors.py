import json

docs = [
    "", "   ", "[1,]", '{"a" 1}', '{"a":1,}', "[1 2]", "{1:2}", "1 2", "[", '{"a":', "nul", "-",
    "01", "1.", '"abc', '"a\tb"', '"ab\\q"', '"\\u12"', '"\\u12G4"', "[1,\n 2,\n x]", "truex", '{"a":1 "b":2}',
    "{", '{"a"', "[-]", '"\u00e9\u00e9" x',
]
for d in docs:
    try:
        print(repr(d), json.loads(d))
    except json.JSONDecodeError as e:
        print(repr(d), "->", e)
        print("  ", e.msg, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e)
