from _circ_c import c_value
