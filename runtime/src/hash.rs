//! The string hash shared by the compiler (which stores it in images) and the runtime.

/// 32-bit FNV-1a. Cheap on a Cortex-M0 and good enough for dict probing.
pub const fn hash_bytes(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        h ^= bytes[i] as u32;
        h = h.wrapping_mul(0x0100_0193);
        i += 1;
    }
    h
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_values() {
        assert_eq!(super::hash_bytes(b""), 0x811c_9dc5);
        assert_eq!(super::hash_bytes(b"a"), 0xe40c_292c);
    }
}
