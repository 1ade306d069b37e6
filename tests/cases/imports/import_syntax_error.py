print("before")
import _bad_syntax
