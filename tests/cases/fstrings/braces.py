x = 5
print(f"{{literal}}")
print(f"{{{x}}}")
print(f"set {{ {x} }}")
print(f"{{}}")
