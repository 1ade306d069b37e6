//! Errors as errno values (Linux numbering, as CPython and MicroPython use),
//! with CPython's `strerror` text, so that the runtime can raise `OSError(errno, text)`.

use core::ffi::c_int;
use littlefs2_sys as ll;

/// What went wrong. `errno()` is the number `OSError.errno` carries; `Display`
/// prints CPython's message (`os.strerror`).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Error {
    /// ENOENT: no such file or directory.
    NotFound,
    /// EEXIST.
    Exists,
    /// ENOSPC: the volume is full.
    NoSpace,
    /// EISDIR: a file operation on a directory.
    IsDir,
    /// ENOTDIR: a directory operation on a file, or a file used as a path prefix.
    NotDir,
    /// ENOTEMPTY: removing or renaming over a directory that has entries.
    NotEmpty,
    /// EINVAL: a bad argument (seek before the start, bad flags, bad geometry).
    Invalid,
    /// EBADF: a closed or stale file handle, or a read on a write-only file.
    BadFd,
    /// EIO: the storage device failed.
    Io,
    /// The image holds no littlefs volume, or a damaged one (littlefs's
    /// LFS_ERR_CORRUPT). Its errno is EIO, as MicroPython reports it.
    Corrupt,
    /// EFBIG: a file beyond littlefs's 2 GiB limit.
    TooBig,
    /// ENAMETOOLONG: a name beyond 255 bytes.
    NameTooLong,
    /// ENOMEM.
    NoMemory,
    /// EMFILE: the table of open files is full.
    TooManyOpen,
    /// ENODEV: the volume is not mounted.
    NotMounted,
    /// EBUSY: formatting a mounted volume.
    Busy,
}

/// `Result` with this crate's [`Error`].
pub type Result<T> = core::result::Result<T, Error>;

impl Error {
    /// The errno value (Linux numbering).
    pub fn errno(self) -> i32 {
        match self {
            Error::NotFound => 2,
            Error::Io | Error::Corrupt => 5,
            Error::BadFd => 9,
            Error::NoMemory => 12,
            Error::Busy => 16,
            Error::Exists => 17,
            Error::NotMounted => 19,
            Error::NotDir => 20,
            Error::IsDir => 21,
            Error::Invalid => 22,
            Error::TooManyOpen => 24,
            Error::TooBig => 27,
            Error::NoSpace => 28,
            Error::NameTooLong => 36,
            Error::NotEmpty => 39,
        }
    }

    /// The errno's symbolic name, as the `errno` module spells it.
    pub fn name(self) -> &'static str {
        match self {
            Error::NotFound => "ENOENT",
            Error::Io | Error::Corrupt => "EIO",
            Error::BadFd => "EBADF",
            Error::NoMemory => "ENOMEM",
            Error::Busy => "EBUSY",
            Error::Exists => "EEXIST",
            Error::NotMounted => "ENODEV",
            Error::NotDir => "ENOTDIR",
            Error::IsDir => "EISDIR",
            Error::Invalid => "EINVAL",
            Error::TooManyOpen => "EMFILE",
            Error::TooBig => "EFBIG",
            Error::NoSpace => "ENOSPC",
            Error::NameTooLong => "ENAMETOOLONG",
            Error::NotEmpty => "ENOTEMPTY",
        }
    }

    /// CPython's `os.strerror(errno)` text on Linux.
    pub fn strerror(self) -> &'static str {
        match self {
            Error::NotFound => "No such file or directory",
            Error::Io | Error::Corrupt => "Input/output error",
            Error::BadFd => "Bad file descriptor",
            Error::NoMemory => "Cannot allocate memory",
            Error::Busy => "Device or resource busy",
            Error::Exists => "File exists",
            Error::NotMounted => "No such device",
            Error::NotDir => "Not a directory",
            Error::IsDir => "Is a directory",
            Error::Invalid => "Invalid argument",
            Error::TooManyOpen => "Too many open files",
            Error::TooBig => "File too large",
            Error::NoSpace => "No space left on device",
            Error::NameTooLong => "File name too long",
            Error::NotEmpty => "Directory not empty",
        }
    }

    /// littlefs's negative return codes. Unknown codes are I/O errors.
    pub(crate) fn from_lfs(code: c_int) -> Error {
        match code {
            ll::lfs_error_LFS_ERR_NOENT => Error::NotFound,
            ll::lfs_error_LFS_ERR_EXIST => Error::Exists,
            ll::lfs_error_LFS_ERR_NOSPC => Error::NoSpace,
            ll::lfs_error_LFS_ERR_ISDIR => Error::IsDir,
            ll::lfs_error_LFS_ERR_NOTDIR => Error::NotDir,
            ll::lfs_error_LFS_ERR_NOTEMPTY => Error::NotEmpty,
            ll::lfs_error_LFS_ERR_INVAL => Error::Invalid,
            ll::lfs_error_LFS_ERR_BADF => Error::BadFd,
            ll::lfs_error_LFS_ERR_CORRUPT => Error::Corrupt,
            ll::lfs_error_LFS_ERR_FBIG => Error::TooBig,
            ll::lfs_error_LFS_ERR_NAMETOOLONG => Error::NameTooLong,
            ll::lfs_error_LFS_ERR_NOMEM => Error::NoMemory,
            _ => Error::Io,
        }
    }
}

/// A littlefs return value: negative is an error, else the value.
pub(crate) fn check(code: c_int) -> Result<u32> {
    if code < 0 {
        Err(Error::from_lfs(code))
    } else {
        Ok(code as u32)
    }
}

impl core::fmt::Display for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.strerror())
    }
}

#[cfg(feature = "std")]
impl std::error::Error for Error {}
