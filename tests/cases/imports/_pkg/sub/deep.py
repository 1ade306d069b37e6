print("init _pkg.sub.deep", __name__, __package__)
from .. import leaf
from ..leaf import leaf_value
from . import sub_value
from .. import pkg_value
deep_value = leaf_value + sub_value
