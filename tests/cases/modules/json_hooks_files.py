import json

print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.keys())))
print(json.loads('"a\tb"', strict=False))


class Buffer:
    def __init__(self, text=""):
        self.text = text

    def write(self, s):
        self.text += s

    def read(self):
        return self.text


b = Buffer()
json.dump({"x": [1, 2]}, b, indent=1)
print(b.text)
print(json.load(Buffer('{"y": [3]}')))
