import sys

print(type(sys.modules).__name__)
print("sys" in sys.modules, "__main__" in sys.modules)
print(sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__)
