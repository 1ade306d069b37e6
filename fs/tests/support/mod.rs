//! Shared by the fs tests: a small in-memory volume, a power-cut device and a tree reader.
#![allow(dead_code)]

pub mod workload;

use std::collections::BTreeMap;

use embedded_storage::nor_flash::{ErrorType, NorFlash, NorFlashErrorKind, ReadNorFlash};
use frostpy_fs::{Checked, Config, FlashError, Kind, MemFlash, OpenFlags, Volume};

/// Test flash: 128-byte erase sectors, 4-byte program unit (a partial program can tear).
pub type Mem<'a> = MemFlash<'a, 128, 4>;

/// A small geometry: 512-byte blocks, so that a short workload crosses many
/// blocks and compacts metadata; 128-byte caches; frequent wear relocation.
pub fn small_config(bytes: usize) -> Config {
    Config {
        block_size: 512,
        block_count: (bytes / 512) as u32,
        read_size: 16,
        prog_size: 16,
        cache_size: 128,
        lookahead_size: 8,
        block_cycles: 8,
        max_open_files: 4,
    }
}

/// A freshly formatted image of `bytes`.
pub fn formatted(bytes: usize) -> Vec<u8> {
    let mut mem = vec![0xFFu8; bytes];
    let mut v = Volume::new(Checked::new(Mem::new(&mut mem)), small_config(bytes)).unwrap();
    v.format().unwrap();
    let flash = v.into_flash();
    assert_eq!(flash.violation, None);
    drop(flash);
    mem
}

/// A device whose power fails after `budget` programs and erases: the next
/// one is torn (half done) and every access after it fails.
pub struct PowerCut<F> {
    pub inner: F,
    pub budget: Option<u64>,
    pub ops: u64,
    pub dead: bool,
}

impl<F: NorFlash> PowerCut<F> {
    pub fn new(inner: F, budget: Option<u64>) -> Self {
        PowerCut { inner, budget, ops: 0, dead: false }
    }

    /// Counts one program or erase; false when power fails at this one.
    fn spend(&mut self) -> bool {
        if self.dead {
            return false;
        }
        self.ops += 1;
        if self.budget.is_some_and(|b| self.ops > b) {
            self.dead = true;
            return false;
        }
        true
    }
}

const CUT: FlashError = FlashError(NorFlashErrorKind::Other);

impl<F: NorFlash> ErrorType for PowerCut<F> {
    type Error = FlashError;
}

impl<F: NorFlash> ReadNorFlash for PowerCut<F> {
    const READ_SIZE: usize = F::READ_SIZE;
    fn read(&mut self, offset: u32, bytes: &mut [u8]) -> Result<(), FlashError> {
        if self.dead {
            return Err(CUT);
        }
        self.inner.read(offset, bytes).map_err(|_| CUT)
    }
    fn capacity(&self) -> usize {
        self.inner.capacity()
    }
}

impl<F: NorFlash> NorFlash for PowerCut<F> {
    const WRITE_SIZE: usize = F::WRITE_SIZE;
    const ERASE_SIZE: usize = F::ERASE_SIZE;

    fn erase(&mut self, from: u32, to: u32) -> Result<(), FlashError> {
        let was_dead = self.dead;
        if self.spend() {
            return self.inner.erase(from, to).map_err(|_| CUT);
        }
        if !was_dead {
            // Torn: the first half of the range (in whole sectors) is erased.
            let half = ((to - from) / 2) as usize / F::ERASE_SIZE * F::ERASE_SIZE;
            if half > 0 {
                let _ = self.inner.erase(from, from + half as u32);
            }
        }
        Err(CUT)
    }

    fn write(&mut self, offset: u32, bytes: &[u8]) -> Result<(), FlashError> {
        let was_dead = self.dead;
        if self.spend() {
            return self.inner.write(offset, bytes).map_err(|_| CUT);
        }
        if !was_dead {
            // Torn: the first half (in whole program units) reaches the flash.
            let half = bytes.len() / 2 / F::WRITE_SIZE * F::WRITE_SIZE;
            if half > 0 {
                let _ = self.inner.write(offset, &bytes[..half]);
            }
        }
        Err(CUT)
    }
}

/// A file system's content: path -> None for a directory, Some(bytes) for a file.
pub type Tree = BTreeMap<String, Option<Vec<u8>>>;

/// Reads every directory and file of a mounted volume.
pub fn read_tree<F: NorFlash>(v: &mut Volume<F>) -> Result<Tree, frostpy_fs::Error> {
    let mut tree = Tree::new();
    let mut dirs = vec![String::from("/")];
    while let Some(dir) = dirs.pop() {
        for e in v.read_dir(&dir)? {
            let path = if dir == "/" { format!("/{}", e.name) } else { format!("{dir}/{}", e.name) };
            match e.kind {
                Kind::Dir => {
                    tree.insert(path.clone(), None);
                    dirs.push(path);
                }
                Kind::File => {
                    let data = read_file(v, &path)?;
                    assert_eq!(data.len(), e.size as usize, "{path}: size in the directory entry");
                    tree.insert(path, Some(data));
                }
            }
        }
    }
    Ok(tree)
}

pub fn read_file<F: NorFlash>(v: &mut Volume<F>, path: &str) -> Result<Vec<u8>, frostpy_fs::Error> {
    let fd = v.open(path, OpenFlags::READ)?;
    let mut out = Vec::new();
    let mut buf = [0u8; 97];
    let r = loop {
        match v.read(fd, &mut buf) {
            Ok(0) => break Ok(()),
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) => break Err(e),
        }
    };
    v.close(fd)?;
    r.map(|_| out)
}

pub fn write_file<F: NorFlash>(v: &mut Volume<F>, path: &str, data: &[u8]) -> Result<(), frostpy_fs::Error> {
    let fd = v.open(path, OpenFlags::WRITE | OpenFlags::CREATE | OpenFlags::TRUNCATE)?;
    let w = v.write(fd, data);
    let c = v.close(fd);
    w.and(c)
}
