a = 1
b = 2
s = f"a={a}" + f", b={b}"
print(s)
print(f"""multi
line {a + b}""")
print(f"{a}" f"{b}" "c")
