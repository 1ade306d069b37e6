import sys

sys.path.insert(0, "_extra2")
import _shadow

print(_shadow.where)
