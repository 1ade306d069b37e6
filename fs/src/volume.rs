//! A mounted littlefs volume and its table of open files.

use alloc::boxed::Box;
use alloc::ffi::CString;
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use core::ffi::{c_int, c_void};
use core::ptr;

use embedded_storage::nor_flash::NorFlash;
use littlefs2_sys as ll;

use crate::error::check;
use crate::{Config, Error, Result};

/// A handle to an open file: a slot of the volume's table and that slot's
/// generation. It borrows nothing, so a Python file object can keep it
/// between calls; once the file is closed (or the volume unmounted) the
/// generation moves on and the old handle gives `EBADF`.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Fd(u32);

impl Fd {
    /// The handle as one number (for a native object's payload).
    pub fn to_raw(self) -> u32 {
        self.0
    }
    pub fn from_raw(raw: u32) -> Fd {
        Fd(raw)
    }
    fn slot(self) -> usize {
        (self.0 & 0xFFFF) as usize
    }
    fn generation(self) -> u16 {
        (self.0 >> 16) as u16
    }
}

/// How to open a file (combine with `|`): at least one of READ and WRITE.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct OpenFlags(u32);

impl OpenFlags {
    pub const READ: OpenFlags = OpenFlags(1);
    pub const WRITE: OpenFlags = OpenFlags(2);
    /// Every write goes to the end.
    pub const APPEND: OpenFlags = OpenFlags(4);
    /// Create the file when missing.
    pub const CREATE: OpenFlags = OpenFlags(8);
    /// With CREATE: fail with EEXIST when the file exists.
    pub const EXCLUSIVE: OpenFlags = OpenFlags(16);
    /// Empty the file (committed at the next flush or close).
    pub const TRUNCATE: OpenFlags = OpenFlags(32);

    pub fn contains(self, other: OpenFlags) -> bool {
        self.0 & other.0 == other.0
    }

    fn to_lfs(self) -> Result<c_int> {
        let mut f = match (self.contains(Self::READ), self.contains(Self::WRITE)) {
            (true, true) => ll::lfs_open_flags_LFS_O_RDWR,
            (true, false) => ll::lfs_open_flags_LFS_O_RDONLY,
            (false, true) => ll::lfs_open_flags_LFS_O_WRONLY,
            (false, false) => return Err(Error::Invalid),
        };
        for (flag, lfs) in [
            (Self::APPEND, ll::lfs_open_flags_LFS_O_APPEND),
            (Self::CREATE, ll::lfs_open_flags_LFS_O_CREAT),
            (Self::EXCLUSIVE, ll::lfs_open_flags_LFS_O_EXCL),
            (Self::TRUNCATE, ll::lfs_open_flags_LFS_O_TRUNC),
        ] {
            if self.contains(flag) {
                f |= lfs;
            }
        }
        Ok(f as c_int)
    }
}

impl core::ops::BitOr for OpenFlags {
    type Output = OpenFlags;
    fn bitor(self, rhs: OpenFlags) -> OpenFlags {
        OpenFlags(self.0 | rhs.0)
    }
}

/// Where a seek counts from.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum SeekFrom {
    Start(u32),
    Current(i32),
    End(i32),
}

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Kind {
    File,
    Dir,
}

/// What `stat` gives.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Stat {
    pub kind: Kind,
    /// Bytes (0 for a directory).
    pub size: u32,
}

/// One directory entry (`.` and `..` are left out).
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct DirEntry {
    pub name: String,
    pub kind: Kind,
    pub size: u32,
}

/// `os.statvfs`-like numbers.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct StatVfs {
    pub block_size: u32,
    pub block_count: u32,
    /// Blocks not used by files or metadata (littlefs's best effort: a lower bound).
    pub blocks_free: u32,
    /// Longest name in bytes.
    pub name_max: u32,
}

/// littlefs state and buffers. Lives at one heap address from `Volume::new`
/// until drop (ARCHITECTURE.md, "fs invariants" 1): littlefs keeps pointers to
/// `cfg`, the buffers and (through `cfg.context`) `flash`.
struct Core<F> {
    lfs: ll::lfs_t,
    cfg: ll::lfs_config,
    flash: F,
    read_buf: Vec<u8>,
    prog_buf: Vec<u8>,
    lookahead_buf: Vec<u8>,
}

/// One open file: littlefs links `file` into its list of open files and
/// points it at `cfg` and `buf`, so it too stays at one heap address while open.
struct OpenFile {
    file: ll::lfs_file_t,
    cfg: ll::lfs_file_config,
    buf: Vec<u8>,
}

struct Slot {
    generation: u16,
    /// The open flags: littlefs only asserts them (compiled out), so they are checked here.
    flags: OpenFlags,
    /// Non-null exactly while littlefs has the file open (invariant 3).
    file: *mut OpenFile,
}

/// A littlefs volume on a NOR flash device, and the files open on it.
///
/// Every operation takes `&mut self`: littlefs is not reentrant, and the
/// exclusive borrow is what keeps two calls from overlapping.
pub struct Volume<F: NorFlash> {
    core: *mut Core<F>,
    slots: Vec<Slot>,
    config: Config,
    mounted: bool,
}

impl<F: NorFlash> Volume<F> {
    /// A volume over `flash`, not mounted yet. Checks the configuration (EINVAL).
    pub fn new(flash: F, config: Config) -> Result<Self> {
        config.validate(&flash)?;
        let core = Box::into_raw(Box::new(Core {
            // SAFETY: lfs_t is a C struct of integers, pointers and nested
            // structs, for which all-zero is a valid (unmounted) value.
            lfs: unsafe { core::mem::zeroed() },
            cfg: ll::lfs_config::default(),
            flash,
            read_buf: vec![0; config.cache_size as usize],
            prog_buf: vec![0; config.cache_size as usize],
            lookahead_buf: vec![0; config.lookahead_size as usize],
        }));
        // SAFETY: `core` was just allocated and is not shared yet (invariant 1).
        let c = unsafe { &mut *core };
        c.cfg = ll::lfs_config {
            context: ptr::addr_of_mut!(c.flash) as *mut c_void,
            read: Some(lfs_read::<F>),
            prog: Some(lfs_prog::<F>),
            erase: Some(lfs_erase::<F>),
            sync: Some(lfs_sync),
            read_size: config.read_size,
            prog_size: config.prog_size,
            block_size: config.block_size,
            block_count: config.block_count,
            block_cycles: config.block_cycles,
            cache_size: config.cache_size,
            lookahead_size: config.lookahead_size,
            compact_thresh: 0,
            read_buffer: c.read_buf.as_mut_ptr() as *mut c_void,
            prog_buffer: c.prog_buf.as_mut_ptr() as *mut c_void,
            lookahead_buffer: c.lookahead_buf.as_mut_ptr() as *mut c_void,
            name_max: 0,
            file_max: 0,
            attr_max: 0,
            metadata_max: 0,
            inline_max: 0,
        };
        Ok(Volume { core, slots: Vec::new(), config, mounted: false })
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    pub fn is_mounted(&self) -> bool {
        self.mounted
    }

    fn lfs(&mut self) -> *mut ll::lfs_t {
        // SAFETY: `core` is valid until drop (invariant 1); no reference into it is live.
        unsafe { ptr::addr_of_mut!((*self.core).lfs) }
    }

    fn cfg(&mut self) -> *const ll::lfs_config {
        // SAFETY: as in `lfs`.
        unsafe { ptr::addr_of!((*self.core).cfg) }
    }

    /// Mounts the volume. A blank, foreign or damaged image gives
    /// `Error::Corrupt` (or `Invalid` for a littlefs image of another
    /// geometry or version), and nothing is written.
    ///
    /// After a successful mount, an operation that a power cut interrupted
    /// (a rename between directories, a removal) is completed at once
    /// (`lfs_fs_mkconsistent`), which writes only in that case. Without
    /// it, littlefs 2.9 can list a directory wrongly until the next write
    /// (tests/power_loss.rs found an unrelated file hidden after a cut rename).
    pub fn mount(&mut self) -> Result<()> {
        if self.mounted {
            return Ok(());
        }
        let (lfs, cfg) = (self.lfs(), self.cfg());
        // SAFETY: lfs and cfg point into the live core (invariant 1); littlefs
        // reaches the flash only through cfg.context during this call (invariant 2).
        check(unsafe { ll::lfs_mount(lfs, cfg) })?;
        self.mounted = true;
        // SAFETY: mounted volume.
        if let Err(e) = check(unsafe { ll::lfs_fs_mkconsistent(lfs) }) {
            let _ = self.unmount();
            return Err(e);
        }
        Ok(())
    }

    /// Writes an empty file system (the volume must not be mounted: EBUSY).
    pub fn format(&mut self) -> Result<()> {
        if self.mounted {
            return Err(Error::Busy);
        }
        let (lfs, cfg) = (self.lfs(), self.cfg());
        // SAFETY: as in `mount`.
        check(unsafe { ll::lfs_format(lfs, cfg) }).map(|_| ())
    }

    /// Closes every open file (writing out what they hold) and unmounts.
    /// Returns the first error, but unmounts in any case.
    pub fn unmount(&mut self) -> Result<()> {
        if !self.mounted {
            return Ok(());
        }
        let mut result = Ok(());
        for i in 0..self.slots.len() {
            if !self.slots[i].file.is_null() {
                let fd = Fd((self.slots[i].generation as u32) << 16 | i as u32);
                let r = self.close(fd);
                if result.is_ok() {
                    result = r;
                }
            }
        }
        let lfs = self.lfs();
        // SAFETY: the volume is mounted and has no open files left.
        let r = check(unsafe { ll::lfs_unmount(lfs) });
        self.mounted = false;
        result.and(r.map(|_| ()))
    }

    /// Unmounts (see `unmount`) and gives the device back.
    pub fn into_flash(mut self) -> F {
        let _ = self.unmount();
        self.drop_files();
        // SAFETY: `core` came from Box::into_raw and is released once: `self`
        // is forgotten below, so Drop does not free it again.
        let core = unsafe { Box::from_raw(self.core) };
        core::mem::forget(self);
        core.flash
    }

    fn mounted(&mut self) -> Result<*mut ll::lfs_t> {
        if self.mounted {
            Ok(self.lfs())
        } else {
            Err(Error::NotMounted)
        }
    }

    // ---- files ----

    /// Opens `path`. A handle stays valid until `close` or unmount.
    pub fn open(&mut self, path: &str, flags: OpenFlags) -> Result<Fd> {
        let lfs = self.mounted()?;
        let c_path = c_path(path)?;
        let lfs_flags = flags.to_lfs()?;
        let slot = match self.slots.iter().position(|s| s.file.is_null()) {
            Some(i) => i,
            None if self.slots.len() < self.config.max_open_files as usize => {
                self.slots.push(Slot { generation: 0, flags, file: ptr::null_mut() });
                self.slots.len() - 1
            }
            None => return Err(Error::TooManyOpen),
        };
        let file = Box::into_raw(Box::new(OpenFile {
            // SAFETY: all-zero is a valid unopened lfs_file_t (plain C data).
            file: unsafe { core::mem::zeroed() },
            cfg: ll::lfs_file_config::default(),
            buf: vec![0; self.config.cache_size as usize],
        }));
        // SAFETY: `file` was just allocated and is not shared (invariant 3);
        // littlefs keeps these pointers only while the file is open, and the
        // allocation outlives that (it is freed after lfs_file_close).
        let r = unsafe {
            (*file).cfg.buffer = (*file).buf.as_mut_ptr() as *mut c_void;
            ll::lfs_file_opencfg(
                lfs,
                ptr::addr_of_mut!((*file).file),
                c_path.as_ptr(),
                lfs_flags,
                ptr::addr_of!((*file).cfg),
            )
        };
        if let Err(e) = check(r) {
            // SAFETY: littlefs did not keep the file (open failed); freed once.
            drop(unsafe { Box::from_raw(file) });
            return Err(e);
        }
        let s = &mut self.slots[slot];
        s.file = file;
        s.flags = flags;
        Ok(Fd((s.generation as u32) << 16 | slot as u32))
    }

    /// The lfs pointer and the open file a handle names (EBADF if stale).
    fn file(&mut self, fd: Fd) -> Result<(*mut ll::lfs_t, *mut ll::lfs_file_t)> {
        self.file_for(fd, OpenFlags(0))
    }

    /// As `file`, and the file must be open for `need` (EBADF otherwise, as `os.read`).
    fn file_for(&mut self, fd: Fd, need: OpenFlags) -> Result<(*mut ll::lfs_t, *mut ll::lfs_file_t)> {
        let lfs = self.mounted()?;
        match self.slots.get(fd.slot()) {
            Some(s) if s.generation == fd.generation() && !s.file.is_null() => {
                if !s.flags.contains(need) {
                    return Err(Error::BadFd);
                }
                // SAFETY: a non-null slot pointer is a live open file (invariant 3).
                Ok((lfs, unsafe { ptr::addr_of_mut!((*s.file).file) }))
            }
            _ => Err(Error::BadFd),
        }
    }

    /// Reads up to `buf.len()` bytes; 0 at the end of the file.
    pub fn read(&mut self, fd: Fd, buf: &mut [u8]) -> Result<usize> {
        let (lfs, f) = self.file_for(fd, OpenFlags::READ)?;
        // SAFETY: live file (invariant 3), buf is valid for buf.len() bytes.
        let n = unsafe { ll::lfs_file_read(lfs, f, buf.as_mut_ptr() as *mut c_void, len32(buf)?) };
        check(n).map(|n| n as usize)
    }

    /// Writes all of `data` (or fails: ENOSPC when the volume is full).
    pub fn write(&mut self, fd: Fd, data: &[u8]) -> Result<usize> {
        let (lfs, f) = self.file_for(fd, OpenFlags::WRITE)?;
        // SAFETY: live file (invariant 3), data is valid for data.len() bytes.
        let n = unsafe { ll::lfs_file_write(lfs, f, data.as_ptr() as *const c_void, len32(data)?) };
        check(n).map(|n| n as usize)
    }

    /// Moves the position; returns the new one. Before the start is EINVAL.
    pub fn seek(&mut self, fd: Fd, pos: SeekFrom) -> Result<u32> {
        let (lfs, f) = self.file(fd)?;
        let (off, whence) = match pos {
            SeekFrom::Start(n) => (i32::try_from(n).map_err(|_| Error::Invalid)?, 0),
            SeekFrom::Current(n) => (n, 1),
            SeekFrom::End(n) => (n, 2),
        };
        // SAFETY: live file (invariant 3).
        check(unsafe { ll::lfs_file_seek(lfs, f, off, whence) })
    }

    pub fn tell(&mut self, fd: Fd) -> Result<u32> {
        let (lfs, f) = self.file(fd)?;
        // SAFETY: live file (invariant 3).
        check(unsafe { ll::lfs_file_tell(lfs, f) })
    }

    /// The file's size, writes not yet flushed included.
    pub fn size(&mut self, fd: Fd) -> Result<u32> {
        let (lfs, f) = self.file(fd)?;
        // SAFETY: live file (invariant 3).
        check(unsafe { ll::lfs_file_size(lfs, f) })
    }

    pub fn truncate(&mut self, fd: Fd, len: u32) -> Result<()> {
        let (lfs, f) = self.file_for(fd, OpenFlags::WRITE)?;
        // SAFETY: live file (invariant 3).
        check(unsafe { ll::lfs_file_truncate(lfs, f, len) }).map(|_| ())
    }

    /// Commits the file's writes to flash: after this they survive power loss.
    pub fn flush(&mut self, fd: Fd) -> Result<()> {
        let (lfs, f) = self.file(fd)?;
        // SAFETY: live file (invariant 3).
        check(unsafe { ll::lfs_file_sync(lfs, f) }).map(|_| ())
    }

    /// Flushes and closes. The handle is released even when the flush fails.
    pub fn close(&mut self, fd: Fd) -> Result<()> {
        let (lfs, f) = self.file(fd)?;
        // SAFETY: live file (invariant 3); lfs_file_close unlinks it in any case.
        let r = check(unsafe { ll::lfs_file_close(lfs, f) });
        let s = &mut self.slots[fd.slot()];
        // SAFETY: littlefs no longer refers to the file; freed once, slot cleared.
        drop(unsafe { Box::from_raw(s.file) });
        s.file = ptr::null_mut();
        s.generation = s.generation.wrapping_add(1);
        r.map(|_| ())
    }

    /// Flushes every open file (`os.sync`). Returns the first error.
    pub fn sync(&mut self) -> Result<()> {
        let mut result = Ok(());
        for i in 0..self.slots.len() {
            if !self.slots[i].file.is_null() {
                let fd = Fd((self.slots[i].generation as u32) << 16 | i as u32);
                let r = self.flush(fd);
                if result.is_ok() {
                    result = r;
                }
            }
        }
        result
    }

    /// How many files are open.
    pub fn open_files(&self) -> usize {
        self.slots.iter().filter(|s| !s.file.is_null()).count()
    }

    // ---- names ----

    pub fn stat(&mut self, path: &str) -> Result<Stat> {
        let lfs = self.mounted()?;
        let c_path = c_path(path)?;
        let mut info = ll::lfs_info::default();
        // SAFETY: mounted volume, valid C string and out-parameter.
        check(unsafe { ll::lfs_stat(lfs, c_path.as_ptr(), &mut info) })?;
        Ok(Stat { kind: kind(info.type_), size: info.size })
    }

    pub fn mkdir(&mut self, path: &str) -> Result<()> {
        let lfs = self.mounted()?;
        let c_path = c_path(path)?;
        // SAFETY: mounted volume, valid C string.
        check(unsafe { ll::lfs_mkdir(lfs, c_path.as_ptr()) }).map(|_| ())
    }

    /// Removes a file or an empty directory.
    pub fn remove(&mut self, path: &str) -> Result<()> {
        let lfs = self.mounted()?;
        let c_path = c_path(path)?;
        // SAFETY: mounted volume, valid C string.
        check(unsafe { ll::lfs_remove(lfs, c_path.as_ptr()) }).map(|_| ())
    }

    /// Removes a file; a directory is EISDIR (`os.remove`).
    pub fn remove_file(&mut self, path: &str) -> Result<()> {
        match self.stat(path)?.kind {
            Kind::Dir => Err(Error::IsDir),
            Kind::File => self.remove(path),
        }
    }

    /// Removes an empty directory; a file is ENOTDIR (`os.rmdir`).
    pub fn remove_dir(&mut self, path: &str) -> Result<()> {
        match self.stat(path)?.kind {
            Kind::File => Err(Error::NotDir),
            Kind::Dir => self.remove(path),
        }
    }

    /// Renames atomically; an existing target of the same kind is replaced
    /// (a directory only when empty).
    pub fn rename(&mut self, from: &str, to: &str) -> Result<()> {
        let lfs = self.mounted()?;
        let (a, b) = (c_path(from)?, c_path(to)?);
        // SAFETY: mounted volume, valid C strings.
        check(unsafe { ll::lfs_rename(lfs, a.as_ptr(), b.as_ptr()) }).map(|_| ())
    }

    /// Calls `f` for each entry of a directory, in littlefs's (name) order,
    /// without allocating per entry. `f` returning false stops early.
    pub fn for_each_entry(&mut self, path: &str, mut f: impl FnMut(&str, Kind, u32) -> bool) -> Result<()> {
        let lfs = self.mounted()?;
        let c_path = c_path(path)?;
        let mut dir = Box::new(ll::lfs_dir_t::default());
        let dirp: *mut ll::lfs_dir_t = &mut *dir;
        // SAFETY: mounted volume; `dir` stays put (boxed) until lfs_dir_close below.
        check(unsafe { ll::lfs_dir_open(lfs, dirp, c_path.as_ptr()) })?;
        let mut info = ll::lfs_info::default();
        let result = loop {
            // SAFETY: open dir, valid out-parameter.
            match check(unsafe { ll::lfs_dir_read(lfs, dirp, &mut info) }) {
                Err(e) => break Err(e),
                Ok(0) => break Ok(()),
                Ok(_) => {
                    let bytes = c_name(&info.name);
                    if bytes == b"." || bytes == b".." {
                        continue;
                    }
                    // A damaged entry may hold bytes that are not UTF-8.
                    let Ok(name) = core::str::from_utf8(bytes) else { break Err(Error::Corrupt) };
                    if !f(name, kind(info.type_), info.size) {
                        break Ok(());
                    }
                }
            }
        };
        // SAFETY: the dir was opened above and is closed once.
        let closed = check(unsafe { ll::lfs_dir_close(lfs, dirp) });
        result.and(closed.map(|_| ()))
    }

    /// The entries of a directory (`os.listdir`, `os.ilistdir`).
    pub fn read_dir(&mut self, path: &str) -> Result<Vec<DirEntry>> {
        let mut entries = Vec::new();
        self.for_each_entry(path, |name, kind, size| {
            entries.push(DirEntry { name: name.into(), kind, size });
            true
        })?;
        Ok(entries)
    }

    /// Sizes and free space (`os.statvfs`). Counting used blocks walks the volume.
    pub fn statvfs(&mut self) -> Result<StatVfs> {
        let lfs = self.mounted()?;
        // SAFETY: mounted volume.
        let used = check(unsafe { ll::lfs_fs_size(lfs) })?;
        Ok(StatVfs {
            block_size: self.config.block_size,
            block_count: self.config.block_count,
            blocks_free: self.config.block_count.saturating_sub(used),
            name_max: ll::LFS_NAME_MAX,
        })
    }

    fn drop_files(&mut self) {
        for s in &mut self.slots {
            if !s.file.is_null() {
                // SAFETY: only reached unmounted (littlefs holds no pointer to
                // the file any more); freed once, slot cleared.
                drop(unsafe { Box::from_raw(s.file) });
                s.file = ptr::null_mut();
            }
        }
    }
}

/// Dropping a mounted volume does not write: files not closed or flushed
/// lose what they held in RAM, as on a power cut.
impl<F: NorFlash> Drop for Volume<F> {
    fn drop(&mut self) {
        if self.mounted {
            let lfs = self.lfs();
            // SAFETY: mounted; lfs_unmount only releases littlefs's state.
            unsafe { ll::lfs_unmount(lfs) };
            self.mounted = false;
        }
        self.drop_files();
        // SAFETY: `core` came from Box::into_raw and is freed once, here.
        drop(unsafe { Box::from_raw(self.core) });
    }
}

fn kind(t: u8) -> Kind {
    if t as u32 == ll::lfs_type_LFS_TYPE_DIR as u32 {
        Kind::Dir
    } else {
        Kind::File
    }
}

fn c_name(name: &[core::ffi::c_char]) -> &[u8] {
    // SAFETY: c_char and u8 have the same size and alignment.
    let bytes = unsafe { core::slice::from_raw_parts(name.as_ptr() as *const u8, name.len()) };
    let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
    &bytes[..end]
}

fn c_path(path: &str) -> Result<CString> {
    if path.is_empty() {
        return Err(Error::NotFound);
    }
    CString::new(path).map_err(|_| Error::Invalid)
}

fn len32(b: &[u8]) -> Result<u32> {
    u32::try_from(b.len()).map_err(|_| Error::Invalid)
}

/// The flash device behind a littlefs config (`cfg.context`, set in `Volume::new`).
///
/// # Safety
/// `c` is the `cfg` of a live `Core<F>` and littlefs is inside a call made by
/// `Volume` (invariant 2), so nothing else refers to the flash.
unsafe fn device<'a, F>(c: *const ll::lfs_config) -> (&'a mut F, u32) {
    ((*c).context.cast::<F>().as_mut().unwrap_unchecked(), (*c).block_size)
}

fn addr(block: u32, off: u32, block_size: u32) -> Option<u32> {
    block.checked_mul(block_size)?.checked_add(off)
}

const ERR_IO: c_int = ll::lfs_error_LFS_ERR_IO as c_int;

unsafe extern "C" fn lfs_read<F: NorFlash>(
    c: *const ll::lfs_config,
    block: ll::lfs_block_t,
    off: ll::lfs_off_t,
    buffer: *mut c_void,
    size: ll::lfs_size_t,
) -> c_int {
    // SAFETY: littlefs calls back within a Volume call (see `device`).
    let (flash, bs) = unsafe { device::<F>(c) };
    // SAFETY: littlefs passes a buffer of `size` bytes.
    let buf = unsafe { core::slice::from_raw_parts_mut(buffer as *mut u8, size as usize) };
    match addr(block, off, bs).map(|a| flash.read(a, buf)) {
        Some(Ok(())) => 0,
        _ => ERR_IO,
    }
}

unsafe extern "C" fn lfs_prog<F: NorFlash>(
    c: *const ll::lfs_config,
    block: ll::lfs_block_t,
    off: ll::lfs_off_t,
    buffer: *const c_void,
    size: ll::lfs_size_t,
) -> c_int {
    // SAFETY: littlefs calls back within a Volume call (see `device`).
    let (flash, bs) = unsafe { device::<F>(c) };
    // SAFETY: littlefs passes a buffer of `size` bytes.
    let data = unsafe { core::slice::from_raw_parts(buffer as *const u8, size as usize) };
    match addr(block, off, bs).map(|a| flash.write(a, data)) {
        Some(Ok(())) => 0,
        _ => ERR_IO,
    }
}

unsafe extern "C" fn lfs_erase<F: NorFlash>(c: *const ll::lfs_config, block: ll::lfs_block_t) -> c_int {
    // SAFETY: littlefs calls back within a Volume call (see `device`).
    let (flash, bs) = unsafe { device::<F>(c) };
    match addr(block, 0, bs).zip(block.checked_add(1).and_then(|b| addr(b, 0, bs))).map(|(a, b)| flash.erase(a, b)) {
        Some(Ok(())) => 0,
        _ => ERR_IO,
    }
}

/// Programs go straight to the device: nothing to sync.
unsafe extern "C" fn lfs_sync(_c: *const ll::lfs_config) -> c_int {
    0
}
