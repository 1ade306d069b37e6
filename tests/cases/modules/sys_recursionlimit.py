import sys

old = sys.getrecursionlimit()
print(old > 50)
sys.setrecursionlimit(80)
print(sys.getrecursionlimit())


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError:
    print("RecursionError")
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
sys.setrecursionlimit(old)
