def documented(a):
    """Return a doubled."""
    return a * 2

print(documented(21))

def only_doc():
    "nothing else"

print(only_doc())
