import sys

n = sys.stdout.write("written\n")
print(n)
print("to stdout via file", file=sys.stdout)
print("a", "b", sep="-", end="!\n", file=sys.stdout)
sys.stdout.flush()
print(hasattr(sys.stderr, "write"))
print("end")
