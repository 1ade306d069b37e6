import sys

if not hasattr(sys, "print_exception"):
    # CPython has no sys.print_exception; traceback prints the same for an unraised exception.
    import traceback

    def print_exception(e, file=sys.stdout):
        traceback.print_exception(e, file=file)

    sys.print_exception = print_exception
sys.print_exception(ValueError("bad value"))
sys.print_exception(KeyError("k"))
sys.print_exception(Exception())
