import errno

for name in ["EPERM", "ENOENT", "EIO", "EBADF", "EAGAIN", "ENOMEM", "EACCES", "EEXIST", "ENODEV", "EISDIR",
             "EINVAL", "ENOSPC", "EPIPE", "ERANGE", "ETIMEDOUT", "ECONNRESET", "EINPROGRESS"]:
    print(name, getattr(errno, name))
print(errno.errorcode[2], errno.errorcode[errno.EINVAL], errno.EWOULDBLOCK == errno.EAGAIN)
print(errno.errorcode[errno.EAGAIN])
e = OSError(errno.ENOENT, "No such file")
print(e.args[0] == errno.ENOENT, errno.errorcode[e.args[0]])
