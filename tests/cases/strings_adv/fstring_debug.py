x = 10
name = 'ann'
print(f'{x=}', f'{x = }', f'{name=!s}', f'{x*2=}', f'{x=:>5}')
print(f'{name!r:^9}|', f'{3.5!s:>6}|', f'{[1, 2]!r}')
