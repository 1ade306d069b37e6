try:
    import _circ_c
except ImportError as e:
    print(str(e).split(" (")[0])
import sys

print("_circ_c" in sys.modules, "_circ_d" in sys.modules)
