n = 1234567
for spec in ['', 'd', '10', '<10', '>10', '^10', '*^11', '010', '+', ' ', '-', ',', '_', '+,', '015,', 'x', 'X', '#x', '#X', 'o', '#o', 'b', '#b', '#010b', '_x', '_b', 'n', 'e', '.2e', 'f', '.1f', '%', '.1%', 'g', 'c', '=+12', '0=12', '>+10,']:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)) if spec != 'c' else '')
print(format(0, '#x'), format(255, '08b'), format(-255, '#06x'), format(True, 'd'), format(False, '>5'))
print(format(65, 'c'), format(0x20ac, 'c'))
