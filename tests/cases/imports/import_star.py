from _star_mod import *

print(a, b, f())
try:
    print(_private)
except NameError as e:
    print(e)
from _star_all import *

print(shown, _also_shown)
try:
    print(hidden)
except NameError as e:
    print(e)
