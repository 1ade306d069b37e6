//! Volume configuration: the geometry littlefs sees and the RAM it may use.

use embedded_storage::nor_flash::NorFlash;

use crate::{Error, Result};

/// Geometry and limits of one volume. Nothing here is fixed at compile time:
/// a board picks its own, and the host tools take the image's.
///
/// RAM per mounted volume: `2 * cache_size + lookahead_size` bytes of buffers
/// plus littlefs's own state; per open file: `cache_size` plus the file's
/// state (figures in docs/fs.md).
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct Config {
    /// littlefs block: a multiple of the device's erase size, at least 128.
    pub block_size: u32,
    /// Blocks in the volume (at least 2); the volume starts at offset 0 of the device.
    pub block_count: u32,
    /// Smallest read: a multiple of the device's read size.
    pub read_size: u32,
    /// Smallest program: a multiple of the device's write size.
    pub prog_size: u32,
    /// Read, program and per-file caches: a multiple of read and program
    /// sizes that divides the block size.
    pub cache_size: u32,
    /// Free-block lookahead bitmap in bytes (a multiple of 8; 8 bytes track 64 blocks).
    pub lookahead_size: u32,
    /// Erase cycles before littlefs moves a metadata block (wear levelling); -1 turns it off.
    pub block_cycles: i32,
    /// Most files open at once (EMFILE beyond).
    pub max_open_files: u16,
}

impl Config {
    /// Small-RAM defaults for a device: the whole device in blocks of
    /// `block_size`, 16-byte reads and programs (or the device's unit if larger),
    /// 256-byte caches (or the block size if smaller), a 16-byte lookahead.
    pub fn for_device<F: NorFlash>(flash: &F, block_size: u32) -> Config {
        let read_size = (F::READ_SIZE as u32).max(16);
        let prog_size = (F::WRITE_SIZE as u32).max(16);
        Config {
            block_size,
            block_count: (flash.capacity() / block_size.max(1) as usize) as u32,
            read_size,
            prog_size,
            cache_size: 256.min(block_size).max(read_size).max(prog_size),
            lookahead_size: 16,
            block_cycles: 500,
            max_open_files: 8,
        }
    }

    /// Checks the configuration against littlefs's rules and the device.
    pub fn validate<F: NorFlash>(&self, flash: &F) -> Result<()> {
        let multiple = |a: u32, b: usize| b != 0 && a != 0 && a as usize % b == 0;
        let fits = (self.block_size as u64) * (self.block_count as u64) <= flash.capacity() as u64;
        let ok = self.block_size >= 128
            && multiple(self.block_size, F::ERASE_SIZE)
            && self.block_count >= 2
            && fits
            && multiple(self.read_size, F::READ_SIZE)
            && multiple(self.prog_size, F::WRITE_SIZE)
            && multiple(self.cache_size, self.read_size as usize)
            && multiple(self.cache_size, self.prog_size as usize)
            && multiple(self.block_size, self.cache_size as usize)
            && multiple(self.lookahead_size, 8)
            && self.block_cycles != 0
            && self.block_cycles >= -1
            && self.max_open_files > 0;
        if ok {
            Ok(())
        } else {
            Err(Error::Invalid)
        }
    }
}
