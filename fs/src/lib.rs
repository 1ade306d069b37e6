//! frostpy's file storage: littlefs (the C littlefs 2.9 of the littlefs2
//! project, through `littlefs2-sys`) on any `embedded-storage` [`NorFlash`]
//! device, with geometry chosen at run time ([`Config`]).
//!
//! `no_std` + `alloc`; feature `std` adds [`FileFlash`], an image in a host file.
//!
//! # How the runtime holds open files
//!
//! A [`Volume`] owns everything littlefs needs: its state, its caches, the
//! flash device, and a table of open files. `open` returns an [`Fd`], a plain
//! `Copy` number (slot index + generation) that borrows nothing. A Python file
//! object keeps the `Fd` in its payload, and each method call (`read`,
//! `write`, ...) passes it back to the volume, which the board or VM keeps in
//! one place (e.g. a mount table). Nothing borrows the volume across Python
//! calls, so the collector can free a file object at any time: its finalizer
//! calls `close(fd)`. A closed handle, or one from before an unmount, gives
//! `EBADF`, never a dangling access, because the slot's generation has moved on.
//!
//! Every method takes `&mut self` (littlefs is not reentrant). Errors are
//! [`Error`]: an errno value with CPython's message text, ready for `OSError`.
//!
//! # Durability
//!
//! littlefs is copy-on-write: `close`, `flush` (`lfs_file_sync`), `mkdir`,
//! `remove` and `rename` each commit atomically. Data written but neither
//! flushed nor closed is lost on power loss (or on dropping the `Volume`).
//! `tests/power_loss.rs` cuts the power at every program and erase of a
//! workload and checks this.
//!
//! # Storage
//!
//! [`MemFlash`] is a memory region (a board's reserved RAM or flash image, a
//! test's buffer), [`Checked`] enforces NOR rules around any device (tests),
//! [`FileFlash`] (std) is a host file.

#![no_std]

extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

mod config;
mod error;
#[cfg(feature = "std")]
mod file_image;
mod flash;
mod volume;

pub use config::Config;
pub use embedded_storage::nor_flash::NorFlash;
pub use error::{Error, Result};
#[cfg(feature = "std")]
pub use file_image::FileFlash;
pub use flash::{Checked, FlashError, MemFlash, Violation};
pub use volume::{DirEntry, Fd, Kind, OpenFlags, SeekFrom, Stat, StatVfs, Volume};
