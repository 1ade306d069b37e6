//! The VM's code images: a table of up to 255 slots (a `Value` names an image
//! in 8 bits), each a view of bytes that either lie in flash (`ImageBytes::Static`:
//! frozen modules, a board's program) or are owned by the table
//! (`ImageBytes::Owned`: read from a file, received over a link, typed at the REPL).
//!
//! Ownership: the collector decides when a slot is free. Everything that keeps an
//! image number names it in a way the collector sees (ARCHITECTURE.md, "Code images
//! in RAM"): interned strings and code references (`Value::image_number`) wherever
//! values live, the `image` of every frame, the emergency traceback, and the pin a
//! fresh image holds until its module body has a function. After a collection, a
//! slot no one named is emptied: owned bytes are freed, and the number is reused.
//! Static bytes are never freed; their slot is reused the same way.

use alloc::boxed::Box;
use alloc::vec::Vec;
use core::ptr::NonNull;

use crate::heap::Heap;
use crate::image::{Image, ImageError};

/// The bytes of a code image handed to the VM.
pub enum ImageBytes {
    /// Bytes that outlive the VM (flash, or a board's leaked buffer): never freed.
    Static(&'static [u8]),
    /// Bytes the VM owns from now on and frees once nothing names the image.
    Owned(Box<[u8]>),
}

impl ImageBytes {
    pub fn as_slice(&self) -> &[u8] {
        match self {
            ImageBytes::Static(b) => b,
            ImageBytes::Owned(b) => b,
        }
    }
}

impl AsRef<[u8]> for ImageBytes {
    fn as_ref(&self) -> &[u8] {
        self.as_slice()
    }
}

impl From<&'static [u8]> for ImageBytes {
    fn from(b: &'static [u8]) -> Self {
        ImageBytes::Static(b)
    }
}
impl From<Box<[u8]>> for ImageBytes {
    fn from(b: Box<[u8]>) -> Self {
        ImageBytes::Owned(b)
    }
}
impl From<Vec<u8>> for ImageBytes {
    fn from(b: Vec<u8>) -> Self {
        ImageBytes::Owned(b.into_boxed_slice())
    }
}

/// An image just loaded and not run yet. Its slot is pinned (no collection frees it)
/// until a `Vm::run_*` method consumes this handle, or `Vm::release_image` does.
#[must_use = "a loaded image stays pinned until it is run or released"]
#[derive(Debug)]
pub struct LoadedImage(pub(crate) u8);

impl LoadedImage {
    /// The image number (what interned strings and code references of this image carry).
    pub fn number(&self) -> u8 {
        self.0
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Free,
    /// In use while the collector finds it named.
    Live,
    /// Loaded, its module body not made into a function yet: kept whatever the collector finds.
    Pinned,
}

struct Slot {
    image: Image<'static>,
    /// Bytes owned by this slot (from `Box::into_raw`), freed when the slot is emptied.
    owned: Option<NonNull<[u8]>>,
    state: State,
}

const EMPTY: Slot = Slot { image: Image { bytes: &[] }, owned: None, state: State::Free };

/// Most slots: image numbers are 8 bits, and 0 is the runtime's own string table.
pub const MAX_IMAGES: usize = 256;

pub(crate) struct Images {
    slots: Vec<Slot>,
    /// Bytes of owned images loaded since the last collection: past a budget, loading
    /// collects first, so dead images cannot pile up when the heap itself stays quiet.
    pub since_collect: usize,
}

impl Images {
    pub fn new() -> Images {
        // Slot 0 stands for the runtime's own strings (builtin names); it is never freed.
        Images { slots: alloc::vec![Slot { state: State::Live, ..EMPTY }], since_collect: 0 }
    }

    /// The image in slot `i`. The view is valid while something the collector sees names
    /// the image (the rooting rule, extended to images: see ARCHITECTURE.md).
    #[inline(always)]
    pub fn get(&self, i: u8) -> Image<'static> {
        self.slots[i as usize].image
    }

    /// Is there a slot for one more image?
    pub fn has_room(&self) -> bool {
        self.slots.len() < MAX_IMAGES || self.slots.iter().any(|s| s.state == State::Free)
    }

    /// Put an image in a free slot, pinned. The header is checked here; the caller has
    /// verified untrusted bytes. `TooManyImages` when every slot is taken.
    pub fn insert(&mut self, bytes: ImageBytes) -> Result<u8, ImageError> {
        Image::new(bytes.as_slice())?;
        let i = match self.slots.iter().position(|s| s.state == State::Free) {
            Some(i) => i,
            None if self.slots.len() < MAX_IMAGES => {
                self.slots.push(EMPTY);
                self.slots.len() - 1
            }
            None => return Err(ImageError::TooManyImages),
        };
        let (view, owned): (&'static [u8], _) = match bytes {
            ImageBytes::Static(b) => (b, None),
            ImageBytes::Owned(b) => {
                self.since_collect += b.len();
                let raw = NonNull::from(Box::leak(b));
                // SAFETY: `raw` comes from a leaked Box, so it is valid and nothing else
                // mutates it; it is freed only by `empty`, when no frame, value or pin names
                // this slot, so no view made from it is in use then (ARCHITECTURE.md,
                // "Code images in RAM").
                (unsafe { raw.as_ref() }, Some(raw))
            }
        };
        // The header of these same bytes was checked above.
        self.slots[i] = Slot { image: Image { bytes: view }, owned, state: State::Pinned };
        Ok(i as u8)
    }

    /// A fresh image's module body now has a function (or never will): from here on it
    /// lives while the collector finds it named.
    pub fn unpin(&mut self, i: u8) {
        if let Some(s) = self.slots.get_mut(i as usize) {
            if s.state == State::Pinned {
                s.state = State::Live;
            }
        }
    }

    /// After a collection: empty every live slot that marking did not reach. True when
    /// any was emptied (caches keyed by image numbers must then be cleared).
    pub fn sweep(&mut self, heap: &Heap) -> bool {
        self.since_collect = 0;
        let mut freed = false;
        for i in 1..self.slots.len() {
            if self.slots[i].state == State::Live && !heap.image_marked(i) {
                self.empty(i);
                freed = true;
            }
        }
        while self.slots.len() > 1 && self.slots.last().is_some_and(|s| s.state == State::Free) {
            self.slots.pop();
        }
        freed
    }

    fn empty(&mut self, i: usize) {
        let slot = core::mem::replace(&mut self.slots[i], EMPTY);
        if let Some(raw) = slot.owned {
            // SAFETY: `raw` came from `Box::leak` in `insert` and is freed only here, once;
            // the slot was not named by anything the collector sees, so no view of it is used.
            drop(unsafe { Box::from_raw(raw.as_ptr()) });
        }
    }

    /// Images in use now (slot 0 included) and the bytes the table owns.
    pub fn usage(&self) -> (usize, usize) {
        let live = self.slots.iter().filter(|s| s.state != State::Free).count();
        let bytes = self.slots.iter().filter(|s| s.owned.is_some()).map(|s| s.image.bytes.len()).sum();
        (live, bytes)
    }
}

impl Drop for Images {
    fn drop(&mut self) {
        for i in 0..self.slots.len() {
            self.empty(i);
        }
    }
}
