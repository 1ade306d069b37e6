import _mod_a

print(__name__)
if __name__ == "__main__":
    print("main guard runs")
print(_mod_a.__name__ == "_mod_a")
