import sys


class Fake:
    answer = 42


sys.modules["_fake_mod"] = Fake()
import _fake_mod

print(_fake_mod.answer)
from _fake_mod import answer

print(answer)
import _replaces

print(_replaces.value)
