def outer():
    print("outer")
    return inner_helper()

def inner_helper():
    print("inner")
    return missing_global_value + 1

outer()
