def squares(n):
    for i in range(n):
        yield i * i

print(list(squares(5)))
print(sum(squares(10)))
print(sorted(squares(4), reverse=True))
print(max(squares(6)), min(squares(6)))
print(tuple(squares(3)))
print(set(squares(4)) == {0, 1, 4, 9})
print(any(x > 10 for x in squares(5)), all(x >= 0 for x in squares(5)))
