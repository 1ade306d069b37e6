import sys

impl = sys.implementation
print(isinstance(impl.name, str), impl.name == impl.name.lower())
print(type(sys.version).__name__, sys.version_info[0], sys.version_info >= (3, 8))
print(isinstance(sys.platform, str), sys.byteorder)
