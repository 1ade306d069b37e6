//! The one place where words are viewed as bytes: strings live in the
//! word arena, and their text is read and written as `[u8]`.

/// View words as bytes.
pub fn as_bytes(words: &[u32]) -> &[u8] {
    // SAFETY: u8 has no invalid bit patterns and alignment 1; the byte slice
    // covers exactly the memory of `words` and borrows it immutably for the same lifetime.
    unsafe { core::slice::from_raw_parts(words.as_ptr().cast::<u8>(), words.len() * 4) }
}

/// View words as mutable bytes.
pub fn as_bytes_mut(words: &mut [u32]) -> &mut [u8] {
    // SAFETY: as above; any byte pattern written is a valid u32, and the
    // mutable borrow of `words` is held for the returned slice's lifetime.
    unsafe { core::slice::from_raw_parts_mut(words.as_mut_ptr().cast::<u8>(), words.len() * 4) }
}
