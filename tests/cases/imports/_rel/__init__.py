from .helpers import helper
from . import inner
