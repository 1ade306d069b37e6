class CalcError(Exception):
    pass


def evaluate(expr):
    stack = []
    for tok in expr.split():
        if tok == "+" or tok == "-" or tok == "*" or tok == "/":
            if len(stack) < 2:
                raise CalcError("stack underflow at " + repr(tok))
            b = stack.pop()
            a = stack.pop()
            if tok == "+":
                stack.append(a + b)
            elif tok == "-":
                stack.append(a - b)
            elif tok == "*":
                stack.append(a * b)
            else:
                stack.append(a / b)
        else:
            if "." in tok:
                stack.append(float(tok))
            else:
                stack.append(int(tok))
        print("  ", tok, stack)
    if len(stack) != 1:
        raise CalcError("leftover values: " + str(stack))
    return stack[0]


for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2.5 2 *", "1 +", "1 2 3", "4 0 /", "7 x +"]:
    print("expr:", e)
    try:
        print("result:", evaluate(e))
    except CalcError as err:
        print("calc error:", err)
    except ZeroDivisionError as err:
        print("math error:", err)
    except ValueError as err:
        print("value error:", err)
