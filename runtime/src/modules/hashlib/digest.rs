//! SHA-256, SHA-1 and MD5 (FIPS 180-4, RFC 1321): compression functions and
//! a streaming state kept in a plain byte array (it lives in a heap bytes object).

/// Which hash; also the index of its class.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Alg {
    Sha256,
    Sha1,
    Md5,
}

impl Alg {
    pub fn words(self) -> usize {
        match self {
            Alg::Sha256 => 8,
            Alg::Sha1 => 5,
            Alg::Md5 => 4,
        }
    }
    pub fn digest_size(self) -> usize {
        self.words() * 4
    }
    pub fn name(self) -> &'static str {
        match self {
            Alg::Sha256 => "sha256",
            Alg::Sha1 => "sha1",
            Alg::Md5 => "md5",
        }
    }
    fn initial(self) -> &'static [u32] {
        match self {
            Alg::Sha256 => {
                &[0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
            }
            Alg::Sha1 => &[0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0],
            Alg::Md5 => &[0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476],
        }
    }
    /// Bytes of a state: the words, a 64-byte block buffer, the total length (u64).
    pub fn state_len(self) -> usize {
        self.words() * 4 + 64 + 8
    }
}

/// A fresh state.
pub fn new_state(alg: Alg) -> alloc::vec::Vec<u8> {
    let mut s = alloc::vec![0u8; alg.state_len()];
    for (i, w) in alg.initial().iter().enumerate() {
        s[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
    }
    s
}

fn load_words(alg: Alg, s: &[u8]) -> [u32; 8] {
    let mut h = [0u32; 8];
    for (i, w) in h.iter_mut().enumerate().take(alg.words()) {
        *w = u32::from_le_bytes([s[4 * i], s[4 * i + 1], s[4 * i + 2], s[4 * i + 3]]);
    }
    h
}

fn store_words(alg: Alg, s: &mut [u8], h: &[u32; 8]) {
    for (i, w) in h.iter().enumerate().take(alg.words()) {
        s[4 * i..4 * i + 4].copy_from_slice(&w.to_le_bytes());
    }
}

fn compress(alg: Alg, h: &mut [u32; 8], block: &[u8]) {
    match alg {
        Alg::Sha256 => sha256_block(h, block),
        Alg::Sha1 => sha1_block(h, block),
        Alg::Md5 => md5_block(h, block),
    }
}

/// Feed `data` into state `s` (of `alg`'s layout, `state_len` bytes).
pub fn update(alg: Alg, s: &mut [u8], data: &[u8]) {
    let off = alg.words() * 4;
    let mut h = load_words(alg, s);
    let mut len = u64::from_le_bytes(s[off + 64..off + 72].try_into().unwrap_or([0; 8]));
    let mut fill = (len % 64) as usize;
    for &b in data {
        s[off + fill] = b;
        fill += 1;
        len = len.wrapping_add(1);
        if fill == 64 {
            let mut block = [0u8; 64];
            block.copy_from_slice(&s[off..off + 64]);
            compress(alg, &mut h, &block);
            fill = 0;
        }
    }
    store_words(alg, s, &h);
    s[off + 64..off + 72].copy_from_slice(&len.to_le_bytes());
}

/// The digest of everything fed so far (the state is left as it was).
pub fn finish(alg: Alg, s: &[u8]) -> alloc::vec::Vec<u8> {
    let mut t = alloc::vec::Vec::from(s);
    let off = alg.words() * 4;
    let len = u64::from_le_bytes(t[off + 64..off + 72].try_into().unwrap_or([0; 8]));
    let bits = len.wrapping_mul(8);
    let fill = (len % 64) as usize;
    let pad_len = if fill < 56 { 56 - fill } else { 120 - fill };
    let mut pad = alloc::vec![0u8; pad_len + 8];
    pad[0] = 0x80;
    let tail = if alg == Alg::Md5 { bits.to_le_bytes() } else { bits.to_be_bytes() };
    pad[pad_len..].copy_from_slice(&tail);
    update(alg, &mut t, &pad);
    let h = load_words(alg, &t);
    let mut out = alloc::vec::Vec::with_capacity(alg.digest_size());
    for w in h.iter().take(alg.words()) {
        if alg == Alg::Md5 {
            out.extend_from_slice(&w.to_le_bytes());
        } else {
            out.extend_from_slice(&w.to_be_bytes());
        }
    }
    out
}

const K256: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
];

fn be_words(block: &[u8]) -> [u32; 16] {
    let mut w = [0u32; 16];
    for (i, x) in w.iter_mut().enumerate() {
        *x = u32::from_be_bytes([block[4 * i], block[4 * i + 1], block[4 * i + 2], block[4 * i + 3]]);
    }
    w
}

fn sha256_block(h: &mut [u32; 8], block: &[u8]) {
    let mut w = [0u32; 64];
    w[..16].copy_from_slice(&be_words(block));
    for i in 16..64 {
        let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
        let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
    }
    let mut v = [h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]];
    for i in 0..64 {
        let s1 = v[4].rotate_right(6) ^ v[4].rotate_right(11) ^ v[4].rotate_right(25);
        let ch = (v[4] & v[5]) ^ (!v[4] & v[6]);
        let t1 = v[7].wrapping_add(s1).wrapping_add(ch).wrapping_add(K256[i]).wrapping_add(w[i]);
        let s0 = v[0].rotate_right(2) ^ v[0].rotate_right(13) ^ v[0].rotate_right(22);
        let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]);
        let t2 = s0.wrapping_add(maj);
        v = [t1.wrapping_add(t2), v[0], v[1], v[2], v[3].wrapping_add(t1), v[4], v[5], v[6]];
    }
    for (x, y) in h.iter_mut().zip(v.iter()) {
        *x = x.wrapping_add(*y);
    }
}

fn sha1_block(h: &mut [u32; 8], block: &[u8]) {
    let mut w = [0u32; 80];
    w[..16].copy_from_slice(&be_words(block));
    for i in 16..80 {
        w[i] = (w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16]).rotate_left(1);
    }
    let (mut a, mut b, mut c, mut d, mut e) = (h[0], h[1], h[2], h[3], h[4]);
    for (i, wi) in w.iter().enumerate() {
        let (f, k) = match i / 20 {
            0 => ((b & c) | (!b & d), 0x5a827999),
            1 => (b ^ c ^ d, 0x6ed9eba1),
            2 => ((b & c) | (b & d) | (c & d), 0x8f1bbcdc),
            _ => (b ^ c ^ d, 0xca62c1d6),
        };
        let t = a.rotate_left(5).wrapping_add(f).wrapping_add(e).wrapping_add(k).wrapping_add(*wi);
        e = d;
        d = c;
        c = b.rotate_left(30);
        b = a;
        a = t;
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d, e]) {
        *x = x.wrapping_add(y);
    }
}

const MD5_K: [u32; 64] = [
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501, 0x698098d8,
    0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340,
    0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87,
    0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c,
    0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70, 0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039,
    0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92,
    0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb,
    0xeb86d391,
];

const MD5_S: [u32; 16] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];

fn md5_block(h: &mut [u32; 8], block: &[u8]) {
    let mut m = [0u32; 16];
    for (i, x) in m.iter_mut().enumerate() {
        *x = u32::from_le_bytes([block[4 * i], block[4 * i + 1], block[4 * i + 2], block[4 * i + 3]]);
    }
    let (mut a, mut b, mut c, mut d) = (h[0], h[1], h[2], h[3]);
    for i in 0..64 {
        let (f, g) = match i / 16 {
            0 => ((b & c) | (!b & d), i),
            1 => ((d & b) | (!d & c), (5 * i + 1) % 16),
            2 => (b ^ c ^ d, (3 * i + 5) % 16),
            _ => (c ^ (b | !d), (7 * i) % 16),
        };
        let k = MD5_K[i];
        let s = MD5_S[(i / 16) * 4 + i % 4];
        let t = d;
        d = c;
        c = b;
        b = b.wrapping_add(a.wrapping_add(f).wrapping_add(k).wrapping_add(m[g]).rotate_left(s));
        a = t;
    }
    for (x, y) in h.iter_mut().zip([a, b, c, d]) {
        *x = x.wrapping_add(y);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(alg: Alg, data: &[u8]) -> alloc::string::String {
        let mut s = new_state(alg);
        // Feed in two parts to cross block boundaries.
        let (a, b) = data.split_at(data.len() / 3);
        update(alg, &mut s, a);
        update(alg, &mut s, b);
        finish(alg, &s).iter().map(|b| alloc::format!("{b:02x}")).collect()
    }

    #[test]
    fn known_digests() {
        assert_eq!(hex(Alg::Sha256, b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(hex(Alg::Sha256, b""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(hex(Alg::Sha1, b"abc"), "a9993e364706816aba3e25717850c26c9cd0d89d");
        assert_eq!(hex(Alg::Md5, b"abc"), "900150983cd24fb0d6963f7d28e17f72");
        assert_eq!(hex(Alg::Md5, b""), "d41d8cd98f00b204e9800998ecf8427e");
        let long = [b'a'; 1000];
        assert_eq!(hex(Alg::Sha256, &long), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3");
        assert_eq!(hex(Alg::Sha1, &long), "291e9a6c66994949b57ba5e650361e98fc36b1ba");
        assert_eq!(hex(Alg::Md5, &long), "cabe45dcc9ae5b66ba86600cca6b8ba8");
    }
}
