import sys

try:
    import _in_extra
except ImportError as e:
    print(e)
sys.path.append("_extra")
import _in_extra

print(_in_extra.where)
