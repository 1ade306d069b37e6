x = 2 ** 70
n = -(10 ** 25 + 123)
print(f"{x:,}", f"{x:_}", f"{n:,}", f"{x:_d}")
print(f"{x:x}", f"{x:X}", f"{x:#x}", f"{x:#X}", f"{x:o}", f"{x:#o}", f"{x:b}")
print(f"{x:_x}", f"{x:_b}", f"{x:#_x}", f"{n:_o}")
print(f"{x:40}|", f"{x:<40}|", f"{x:^40}|", f"{n:>40}|", f"{n:=40}|")
print(f"{x:+}", f"{x: }", f"{n:+}", f"{x:*^35,}", f"{n:040,}")
print(f"{x:040}", f"{n:040}", f"{x:#040x}", f"{n:#040b}")
print(f"{1234:010,}", f"{1234:09,}", f"{1234:08,}", f"{1234:07,}", f"{-1234:09,}", f"{0:05,}", f"{1234:010_x}")
print(f"{255:#010x}", f"{-255:#010x}", f"{255:+#x}", f"{-(2 ** 64):#x}")
print(f"{x:,}", f"{n:d}", f"{x}", "{:,}".format(10 ** 20), "{:>30,}".format(-(10 ** 20)))
print(f"{65:c}", f"{2 ** 16:c}")
for spec in [",x", ",b", ",o", ",X"]:
    try:
        print(f"{x:{spec}}")
    except ValueError as e:
        print("ValueError", e)
try:
    print(f"{x:s}")
except ValueError as e:
    print("ValueError", e)
