//! `errno`: the error numbers (Linux values, as MicroPython and CPython on
//! Linux use) and `errorcode`. The constants live in ROM.

use super::NativeModule;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub const MODULE: NativeModule =
    NativeModule { name: "errno", functions: &[], attrs: &[], consts: CODES, methods: &[], init: Some(init) };

const CODES: &[(&str, i32)] = &[
    ("E2BIG", 7),
    ("EACCES", 13),
    ("EADDRINUSE", 98),
    ("EAGAIN", 11),
    ("EALREADY", 114),
    ("EBADF", 9),
    ("EBUSY", 16),
    ("ECHILD", 10),
    ("ECONNABORTED", 103),
    ("ECONNREFUSED", 111),
    ("ECONNRESET", 104),
    ("EDOM", 33),
    ("EEXIST", 17),
    ("EFAULT", 14),
    ("EFBIG", 27),
    ("EHOSTUNREACH", 113),
    ("EINPROGRESS", 115),
    ("EINTR", 4),
    ("EINVAL", 22),
    ("EIO", 5),
    ("EISDIR", 21),
    ("EMFILE", 24),
    ("EMLINK", 31),
    ("ENAMETOOLONG", 36),
    ("ENFILE", 23),
    ("ENOBUFS", 105),
    ("ENODEV", 19),
    ("ENOENT", 2),
    ("ENOEXEC", 8),
    ("ENOMEM", 12),
    ("ENOSPC", 28),
    ("ENOSYS", 38),
    ("ENOTCONN", 107),
    ("ENOTDIR", 20),
    ("ENOTEMPTY", 39),
    ("ENOTTY", 25),
    ("ENXIO", 6),
    ("EOPNOTSUPP", 95),
    ("EPERM", 1),
    ("EPIPE", 32),
    ("ERANGE", 34),
    ("EROFS", 30),
    ("ESPIPE", 29),
    ("ESRCH", 3),
    ("ETIMEDOUT", 110),
    ("EWOULDBLOCK", 11),
    ("EXDEV", 18),
];

/// `errorcode`: number -> name (an alias such as EWOULDBLOCK gives way to its main name).
fn init(vm: &mut Vm, m: Value) -> PyResult<()> {
    let codes = vm.new_dict()?;
    vm.rooted(&[codes], |vm| {
        for (name, n) in CODES.iter().filter(|(n, _)| *n != "EWOULDBLOCK") {
            let s = vm.new_str(name.as_bytes())?;
            vm.dict_set(codes, Value::small(*n), s)?;
        }
        let d = vm.module_dict(m);
        vm.dict_set_str(d, "errorcode", codes)
    })
}
