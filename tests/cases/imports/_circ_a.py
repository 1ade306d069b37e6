print("start _circ_a")
import _circ_b
a_value = "a"


def use_b():
    return _circ_b.b_value
print("end _circ_a")
