def catch(exc):
    names = []
    try:
        raise exc
    except ArithmeticError:
        names.append("ArithmeticError")
    except LookupError:
        names.append("LookupError")
    except NameError:
        names.append("NameError")
    except RuntimeError:
        names.append("RuntimeError")
    except Exception:
        names.append("Exception")
    return names

print(catch(ZeroDivisionError("z")))
print(catch(KeyError("k")))
print(catch(IndexError("i")))
print(catch(UnboundLocalError("u")))
print(catch(RecursionError("r")))
print(catch(ValueError("v")))
print(catch(TypeError("t")))
print(catch(AttributeError("a")))
print(catch(AssertionError("a")))
