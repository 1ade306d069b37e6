from ..helpers import helper as h
inner_value = h()
