x = 1
print(x)
print(totally_unknown_variable)
