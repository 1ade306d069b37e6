try:
    import _bad_syntax
except SyntaxError as e:
    print(type(e).__name__, e.lineno, e.filename.endswith("_bad_syntax.py"))
