x, w, p = 3.14159, 10, 3
name = 'Ann'
print(f'{x:{w}.{p}f}|', f'{name!r:>8}|', f'{name!s:^9}|', f'{x!r}', f'{name!a}', f"{'é'!a}")
print(f'{12345:,}', f'{0.25:.0%}', f'{-7:+05d}', f'{255:#06x}', f'{"q":*^5}', f'{1e6:g}', f'{1e16:g}')
d = {'k': [10, 20]}
print(f"{d['k'][1]}", f'{len(d)=}' if False else f'{len(d)}', f'{"{"}{"}"}', f'{{literal}}')
items = [('apple', 1.5), ('kiwi', 12.25)]
for n, v in items:
    print(f'{n:<8}{v:>8.2f}')
print(f'{3:>{w}}|{"ab":{"^"}{w}}|')
