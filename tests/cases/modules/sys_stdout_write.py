import sys

n = sys.stdout.write("written\n")
print(n)
print("to stdout via file", file=sys.stdout)
print("a", "b", sep="-", end="!\n", file=sys.stdout)
sys.stderr.write("this goes to stderr\n")
print("also stderr", file=sys.stderr)
print("end")
