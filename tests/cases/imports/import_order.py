print("one")
import _pkg.sub.deep
print("two")
import _pkg.sub.deep
print("three")
