import sys

try:
    sys.exit("bye")
except SystemExit as e:
    print("caught", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("no code", e.args, e.code if hasattr(e, "code") else None)
sys.exit(0)
