import _circ_d
c_value = 1
