def risky(n):
    if n == 0:
        raise ZeroDivisionError('zero')
    if n < 0:
        raise ValueError('negative')
    return 10 // n
results = []
for n in [2, 0, -1, 5]:
    try:
        try:
            results.append(risky(n))
        except ZeroDivisionError as e:
            results.append('zde')
            raise RuntimeError('wrapped') from e
    except RuntimeError as e:
        results.append((str(e), type(e.__cause__).__name__))
    except ValueError as e:
        results.append(('value', str(e), e.__context__))
print(results)
try:
    try:
        raise KeyError('a')
    except KeyError:
        try:
            raise IndexError('b')
        except IndexError:
            raise TypeError('c')
except TypeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__), e.__context__.__context__.__context__)
