print("start")
from . import something
