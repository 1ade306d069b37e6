//! The garbage-collected heap: one fixed arena of 32-bit words handed in by
//! the board, nothing else (after MicroPython's `gc.c`).
//!
//! ```text
//!  arena: [ allocation table: 2 bits per block ][ pool of 8-byte blocks ... ]
//! ```
//! A block is two words. The allocation table marks each block FREE, HEAD
//! (first block of an object), TAIL (continuation) or MARK (a head reached by
//! the current collection). An object starts with a header word
//! `kind | aux << 8`; what follows depends on the kind (see `obj.rs`), with
//! one rule that keeps tracing simple: every word after the header is a
//! `Value`, except in the raw kinds (strings, boxed numbers), which hold no
//! references. Collection is mark-sweep with a bounded mark stack; on
//! overflow the marker rescans the heap, so marking never needs memory.
//!
//! Marking also records which code images are in use: every traced word that
//! names an image (an interned string or a code reference, see
//! `Value::image_number`) sets that image's bit in `image_marks`, which the
//! VM reads after the sweep to free images nothing names (`vm/images.rs`).

use crate::value::Value;

const FREE: u8 = 0;
const HEAD: u8 = 1;
const TAIL: u8 = 2;
const MARK: u8 = 3;

pub const WORDS_PER_BLOCK: usize = 2;
const MARK_STACK: usize = 64;

pub struct Heap {
    words: &'static mut [u32],
    /// First word of the pool; blocks are numbered from here.
    pool: usize,
    blocks: usize,
    /// No free block lies below this one.
    free_hint: usize,
    /// Where the last allocation ended: the next search starts here (next fit).
    cursor: usize,
    used_blocks: usize,
    /// Counters for `gc`-style reporting and benchmarks.
    pub collections: u32,
    pub peak_blocks: usize,
    mark_stack: [u32; MARK_STACK],
    mark_sp: usize,
    mark_overflow: bool,
    /// One bit per image number, set by marking (cleared by `clear_image_marks`).
    image_marks: [u32; 8],
}

impl Heap {
    /// Take over an arena. Arenas smaller than a few hundred bytes are rounded to nothing useful.
    pub fn new(words: &'static mut [u32]) -> Heap {
        // Each block costs 8 bytes plus 2 bits of table: 33 bits per 32 block bits... solve n*4 = b*8 + b/4.
        let total = words.len();
        let mut blocks = total * 4 * 4 / 33;
        let mut table_words = blocks.div_ceil(16);
        while table_words + blocks * WORDS_PER_BLOCK > total && blocks > 0 {
            blocks -= 1;
            table_words = blocks.div_ceil(16);
        }
        // Word 0 must never be an object: Value(0) is NULL.
        let pool = table_words.max(1).next_multiple_of(WORDS_PER_BLOCK);
        while pool + blocks * WORDS_PER_BLOCK > total && blocks > 0 {
            blocks -= 1;
        }
        words.fill(0);
        Heap {
            words,
            pool,
            blocks,
            free_hint: 0,
            cursor: 0,
            used_blocks: 0,
            collections: 0,
            peak_blocks: 0,
            mark_stack: [0; MARK_STACK],
            mark_sp: 0,
            mark_overflow: false,
            image_marks: [0; 8],
        }
    }

    /// The arena back, for the next `Heap` (its contents are dead).
    pub fn into_words(self) -> &'static mut [u32] {
        self.words
    }

    pub fn total_bytes(&self) -> usize {
        self.blocks * WORDS_PER_BLOCK * 4
    }
    pub fn used_bytes(&self) -> usize {
        self.used_blocks * WORDS_PER_BLOCK * 4
    }
    pub fn peak_bytes(&self) -> usize {
        self.peak_blocks * WORDS_PER_BLOCK * 4
    }

    #[inline(always)]
    fn state(&self, block: usize) -> u8 {
        ((self.words[block / 16] >> ((block % 16) * 2)) & 3) as u8
    }
    #[inline(always)]
    fn set_state(&mut self, block: usize, s: u8) {
        let w = &mut self.words[block / 16];
        let shift = (block % 16) * 2;
        *w = (*w & !(3 << shift)) | ((s as u32) << shift);
    }
    #[inline(always)]
    fn block_of(&self, word: usize) -> usize {
        (word - self.pool) / WORDS_PER_BLOCK
    }
    #[inline(always)]
    fn word_of(&self, block: usize) -> usize {
        self.pool + block * WORDS_PER_BLOCK
    }

    /// Allocate `nwords` zeroed words (header included); `None` when no run of free blocks is long enough.
    pub fn try_alloc(&mut self, nwords: usize, header: u32) -> Option<usize> {
        let need = nwords.max(1).div_ceil(WORDS_PER_BLOCK);
        // Next fit: go on from where the last allocation ended, and only then look at the holes below.
        // Starting at the lowest free block every time made each allocation that does not fit a
        // small hole there walk the whole allocated heap: quadratic between collections.
        let mut from = self.cursor.max(self.free_hint);
        let mut found = self.find_run(from, need);
        if found.is_none() && from > self.free_hint {
            from = self.free_hint;
            found = self.find_run(from, need);
        }
        let (start, first_free) = found?;
        // Searching from the hint, every block before the first free one is in use.
        if from == self.free_hint && start == first_free {
            self.free_hint = start + need;
        }
        self.cursor = start + need;
        self.set_state(start, HEAD);
        for t in start + 1..start + need {
            self.set_state(t, TAIL);
        }
        self.used_blocks += need;
        self.peak_blocks = self.peak_blocks.max(self.used_blocks);
        let w = self.word_of(start);
        self.words[w] = header;
        Some(w)
    }

    /// The first run of `need` free blocks at or after block `from`, and the first free block seen.
    fn find_run(&self, from: usize, need: usize) -> Option<(usize, usize)> {
        let mut start = from;
        let mut run = 0;
        let mut first_free = None;
        let mut b = from;
        while b < self.blocks {
            // Skip sixteen in-use blocks at a time when a table word has no free block.
            if b % 16 == 0 && run == 0 && b + 16 <= self.blocks && no_free_in(self.words[b / 16]) {
                b += 16;
                continue;
            }
            if self.state(b) == FREE {
                if first_free.is_none() {
                    first_free = Some(b);
                }
                if run == 0 {
                    start = b;
                }
                run += 1;
                if run == need {
                    return Some((start, first_free.unwrap_or(start)));
                }
            } else {
                run = 0;
            }
            b += 1;
        }
        None
    }

    /// Give an object's blocks back at once (used when a container outgrows its storage).
    pub fn free(&mut self, word: usize) {
        let b = self.block_of(word);
        let n = self.object_blocks(b);
        for i in b..b + n {
            self.set_state(i, FREE);
        }
        self.words[word..word + n * WORDS_PER_BLOCK].fill(0);
        self.used_blocks -= n;
        self.free_hint = self.free_hint.min(b);
    }

    fn object_blocks(&self, head: usize) -> usize {
        let mut n = 1;
        while head + n < self.blocks && self.state(head + n) == TAIL {
            n += 1;
        }
        n
    }

    /// Words an object occupies (a multiple of the block size, header included).
    pub fn object_words(&self, word: usize) -> usize {
        self.object_blocks(self.block_of(word)) * WORDS_PER_BLOCK
    }

    #[inline(always)]
    pub fn word(&self, i: usize) -> u32 {
        self.words[i]
    }
    #[inline(always)]
    pub fn set_word(&mut self, i: usize, w: u32) {
        self.words[i] = w;
    }
    #[inline(always)]
    pub fn val(&self, i: usize) -> Value {
        Value(self.words[i])
    }
    #[inline(always)]
    pub fn set_val(&mut self, i: usize, v: Value) {
        self.words[i] = v.0;
    }
    pub fn words(&self, start: usize, n: usize) -> &[u32] {
        &self.words[start..start + n]
    }
    pub fn words_mut(&mut self, start: usize, n: usize) -> &mut [u32] {
        &mut self.words[start..start + n]
    }
    pub fn copy_words(&mut self, from: usize, to: usize, n: usize) {
        self.words.copy_within(from..from + n, to);
    }

    /// The bytes stored in `n` words from `start` (strings keep their text there).
    pub fn bytes(&self, start: usize, len: usize) -> &[u8] {
        &crate::words::as_bytes(&self.words[start..start + len.div_ceil(4)])[..len]
    }
    pub fn bytes_mut(&mut self, start: usize, len: usize) -> &mut [u8] {
        &mut crate::words::as_bytes_mut(&mut self.words[start..start + len.div_ceil(4)])[..len]
    }

    /// Is `v` a reference to a live object head? (Guards tracing against stray words.)
    fn is_object(&self, v: Value) -> Option<usize> {
        if !v.is_heap() {
            return None;
        }
        let w = v.heap_index();
        if w < self.pool || w >= self.word_of(self.blocks) || (w - self.pool) % WORDS_PER_BLOCK != 0 {
            return None;
        }
        Some(self.block_of(w))
    }

    /// Forget which images the last collection found in use (before marking starts).
    pub fn clear_image_marks(&mut self) {
        self.image_marks = [0; 8];
    }
    /// Record that image `i` is in use.
    #[inline(always)]
    pub fn mark_image(&mut self, i: usize) {
        self.image_marks[(i >> 5) & 7] |= 1 << (i & 31);
    }
    /// Did marking since `clear_image_marks` reach a value naming image `i`?
    pub fn image_marked(&self, i: usize) -> bool {
        self.image_marks[(i >> 5) & 7] & (1 << (i & 31)) != 0
    }

    /// Mark one root and everything reachable from it.
    pub fn mark(&mut self, v: Value) {
        if let Some(i) = v.image_number() {
            self.mark_image(i);
        }
        if let Some(b) = self.is_object(v) {
            if self.state(b) == HEAD {
                self.set_state(b, MARK);
                self.push(b);
                self.drain();
            }
        }
    }

    fn push(&mut self, block: usize) {
        if self.mark_sp < MARK_STACK {
            self.mark_stack[self.mark_sp] = block as u32;
            self.mark_sp += 1;
        } else {
            self.mark_overflow = true;
        }
    }

    fn drain(&mut self) {
        while self.mark_sp > 0 {
            self.mark_sp -= 1;
            let b = self.mark_stack[self.mark_sp] as usize;
            self.trace_children(b);
        }
    }

    fn trace_children(&mut self, block: usize) {
        let w = self.word_of(block);
        if crate::obj::is_raw_kind(self.words[w] as u8) {
            return;
        }
        let n = self.object_blocks(block) * WORDS_PER_BLOCK;
        for i in w + 1..w + n {
            let v = Value(self.words[i]);
            if let Some(img) = v.image_number() {
                self.mark_image(img);
                continue;
            }
            if let Some(c) = self.is_object(v) {
                if self.state(c) == HEAD {
                    self.set_state(c, MARK);
                    self.push(c);
                }
            }
        }
    }

    /// Finish marking (rescanning after a mark-stack overflow), then free every unmarked object.
    pub fn sweep(&mut self) {
        while self.mark_overflow {
            self.mark_overflow = false;
            for b in 0..self.blocks {
                if self.state(b) == MARK {
                    self.trace_children(b);
                    self.drain();
                }
            }
        }
        let mut b = 0;
        let mut used = 0;
        let mut freeing = false;
        while b < self.blocks {
            match self.state(b) {
                MARK => {
                    self.set_state(b, HEAD);
                    freeing = false;
                    used += 1;
                }
                HEAD => {
                    self.set_state(b, FREE);
                    freeing = true;
                }
                TAIL if freeing => self.set_state(b, FREE),
                TAIL => used += 1,
                _ => freeing = false,
            }
            if self.state(b) == FREE {
                let w = self.word_of(b);
                self.words[w] = 0;
                self.words[w + 1] = 0;
            }
            b += 1;
        }
        self.used_blocks = used;
        self.free_hint = 0;
        self.cursor = 0;
        self.collections += 1;
    }
}

fn no_free_in(table_word: u32) -> bool {
    // A block is FREE when both of its bits are 0: check all sixteen pairs at once.
    let either = (table_word | table_word >> 1) & 0x5555_5555;
    either == 0x5555_5555
}

#[cfg(test)]
mod tests {
    use super::*;
    extern crate std;
    use std::boxed::Box;
    use std::vec;
    use std::vec::Vec;

    fn heap(words: usize) -> Heap {
        Heap::new(Box::leak(vec![0u32; words].into_boxed_slice()))
    }

    #[test]
    fn allocates_until_full_then_refuses() {
        let mut h = heap(256);
        let mut n = 0;
        while h.try_alloc(2, crate::obj::Kind::Cell as u32).is_some() {
            n += 1;
        }
        assert!(n > 100 && n * 8 <= 1024, "{n}");
        assert_eq!(h.used_bytes(), h.total_bytes());
    }

    #[test]
    fn unreachable_objects_are_freed_and_reachable_kept() {
        let mut h = heap(1024);
        let cell = crate::obj::Kind::Cell as u32;
        let a = h.try_alloc(2, cell).unwrap();
        let b = h.try_alloc(2, cell).unwrap();
        let garbage = h.try_alloc(6, cell).unwrap();
        h.set_val(a + 1, Value::from_heap_index(b)); // a -> b
        h.mark(Value::from_heap_index(a));
        h.sweep();
        assert_eq!(h.used_bytes(), 16);
        // The garbage's blocks are reusable: a 6-word object fits where it was.
        assert_eq!(h.try_alloc(6, cell), Some(garbage));
    }

    #[test]
    fn deep_chains_survive_mark_stack_overflow() {
        let mut h = heap(8192);
        let cell = crate::obj::Kind::Cell as u32;
        let mut prev = Value::NULL;
        for _ in 0..500 {
            let o = h.try_alloc(2, cell).unwrap();
            h.set_val(o + 1, prev);
            prev = Value::from_heap_index(o);
        }
        // A wide object pointing at many chains forces overflow too.
        h.mark(prev);
        h.sweep();
        assert_eq!(h.used_bytes(), 500 * 8);
        h.sweep(); // nothing marked: everything goes
        assert_eq!(h.used_bytes(), 0);
    }

    #[test]
    fn marking_records_the_images_values_name() {
        let mut h = heap(1024);
        let cell = crate::obj::Kind::Cell as u32;
        let a = h.try_alloc(2, cell).unwrap();
        let dead = h.try_alloc(2, cell).unwrap();
        h.set_val(a + 1, Value::qstr(7, 1));
        h.set_val(dead + 1, Value::code_ref(9, 0));
        h.clear_image_marks();
        h.mark(Value::from_heap_index(a));
        h.mark(Value::code_ref(200, 3));
        h.sweep();
        assert!(h.image_marked(7) && h.image_marked(200));
        assert!(!h.image_marked(9), "an unreachable object's image is not in use");
        h.clear_image_marks();
        assert!(!h.image_marked(7));
    }

    #[test]
    fn free_returns_blocks() {
        let mut h = heap(512);
        let a = h.try_alloc(10, 0).unwrap();
        assert_eq!(h.object_words(a), 10);
        h.free(a);
        assert_eq!(h.used_bytes(), 0);
        // Next fit reaches the freed blocks once the rest of the heap is taken.
        let mut got = Vec::new();
        while let Some(w) = h.try_alloc(4, 0) {
            got.push(w);
        }
        assert!(got.contains(&a));
    }
}
