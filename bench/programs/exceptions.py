# Exceptions: raising and catching built-in and user exception classes, try/finally, re-raise.
N = 320000  # size; tiny: 500


class AppError(Exception):
    def __init__(self, code):
        super().__init__("app error")
        self.code = code


class DeepError(AppError):
    pass


def check(i):
    if i % 5 == 0:
        raise DeepError(i)
    if i % 7 == 0:
        raise ValueError("seven")
    return i


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return -1


def work(n):
    acc = 0
    cleanups = 0
    d = {1: 10, 2: 20}
    for i in range(n):
        try:
            try:
                acc += check(i)
            finally:
                cleanups += 1
        except AppError as e:
            acc += e.code % 11
        except ValueError:
            acc += 3
        acc += lookup(d, i % 4)
        try:
            try:
                x = 1 // (i % 3)
            except ZeroDivisionError:
                raise
        except ArithmeticError:
            acc += 1
    return (acc + cleanups) % 1000000007


print("exceptions", work(N))
