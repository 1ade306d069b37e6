for w in ['hello world', 'HELLO', 'mIxEd CaSe', "o'neil", '3rd place', 'ÉCOLE élève']:
    print(repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), w.isupper(), w.islower(), w.istitle())
print('x'.center(6), '|' + 'ab'.center(5, '*') + '|', '42'.zfill(5), '-42'.zfill(5), 'abc'.ljust(2), 'é'.rjust(3, '·'))
print('A1 b2'.isalnum(), 'A1b2'.isalnum(), 'abc'.isalpha(), 'ab c'.isalpha(), '   '.isspace(), ''.isspace(), '١٢'.isdigit())
