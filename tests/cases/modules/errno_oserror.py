import errno

try:
    raise OSError(errno.EEXIST, "exists")
except OSError as e:
    print(e.args, errno.errorcode[e.args[0]])
codes = sorted(errno.errorcode)
print(codes[:5], len(codes) > 20)
print(all([errno.errorcode[getattr(errno, errno.errorcode[c])] == errno.errorcode[c] for c in codes]))
