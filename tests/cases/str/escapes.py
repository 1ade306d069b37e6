print("tab:\tend")
print("line1\nline2")
print("back\\slash")
print('single \'quoted\'')
print("double \"quoted\"")
print(len("\n\t"))
print("a" "b" "c")
print("""triple
quoted""")
