class HttpError(Exception):
    def __init__(self, code, reason):
        super().__init__(reason)
        self.code = code
        self.reason = reason

    def describe(self):
        return str(self.code) + " " + self.reason

try:
    raise HttpError(404, "not found")
except HttpError as e:
    print(e.code)
    print(e.reason)
    print(e.describe())
    print(str(e))
    print(e.args)
