from math import *

print(sqrt(16.0), floor(2.7), pi > 3)
