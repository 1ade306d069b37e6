"""Module docstring."""
def f():
    """Function docstring."""
    return 1

class C:
    """Class docstring."""
    def m(self):
        "method docstring"
        return 2

print(f(), C().m())
print(f.__doc__ is None or f.__doc__ == "Function docstring.")
