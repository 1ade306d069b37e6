print("start _circ_b")
import _circ_a
print("in _circ_b: _circ_a has a_value:", hasattr(_circ_a, "a_value"))
b_value = "b"


def use_a():
    return _circ_a.a_value
print("end _circ_b")
