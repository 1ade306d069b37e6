import _pkg

print(_pkg.pkg_value)
print(_pkg.__name__, _pkg.__package__)
print(type(_pkg.__path__).__name__, len(_pkg.__path__))
print(_pkg.__file__.endswith("__init__.py"))
