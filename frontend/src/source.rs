//! Source files: name, text and a table of line starts for fast
//! byte offset -> (line, column) lookup.

use crate::error::SyntaxError;
use crate::TextSize;
use alloc::string::{String, ToString};
use alloc::vec;
use alloc::vec::Vec;

/// A source file with fast offset -> (line, column) lookup.
#[derive(Debug, Clone)]
pub struct SourceFile {
    name: String,
    text: String,
    /// Byte offset of the start of every line; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(name: &str, text: &str) -> SourceFile {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0u32];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        SourceFile { name: name.to_string(), text: text.to_string(), line_starts }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Number of lines (a trailing newline starts an empty last line).
    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    /// 1-based line and 1-based column (in characters) of a byte offset.
    /// Offsets past the end are clamped to the end of the text; offsets
    /// inside a multi-byte character count as that character.
    pub fn location(&self, offset: TextSize) -> (u32, u32) {
        let offset = u32::from(offset).min(self.text.len() as u32);
        let line_index = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line_index] as usize;
        let mut end = offset as usize;
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let column = self.text[start..end].chars().count() as u32 + 1;
        (line_index as u32 + 1, column)
    }

    /// Byte offset where 1-based line `line` starts (the end of the text for
    /// out-of-range lines).
    pub fn line_start(&self, line: u32) -> TextSize {
        let i = (line as usize).wrapping_sub(1);
        TextSize::from(self.line_starts.get(i).copied().unwrap_or(self.text.len() as u32))
    }

    /// The text of 1-based line `line`, without its newline. Out-of-range
    /// lines give "".
    pub fn line_text(&self, line: u32) -> &str {
        if line == 0 || line as usize > self.line_starts.len() {
            return "";
        }
        let start = self.line_starts[line as usize - 1] as usize;
        let end = self.line_starts.get(line as usize).map(|&e| e as usize).unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// Build a SyntaxError at `offset` with `message`.
    pub fn error(&self, offset: TextSize, message: impl Into<String>) -> SyntaxError {
        let (line, column) = self.location(offset);
        SyntaxError {
            filename: self.name.clone(),
            line,
            column,
            message: message.into(),
            source_line: self.line_text(line).to_string(),
            incomplete: false,
        }
    }
}

/// A SyntaxError from its parts.
pub(crate) fn syntax_error(
    filename: &str,
    line: u32,
    column: u32,
    message: String,
    source_line: String,
) -> SyntaxError {
    SyntaxError { filename: filename.to_string(), line, column, message, source_line, incomplete: false }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(n: u32) -> TextSize {
        TextSize::from(n)
    }

    #[test]
    fn locations() {
        let src = SourceFile::new("t.py", "ab\ncd\r\nef\rg\n");
        assert_eq!(src.location(at(0)), (1, 1));
        assert_eq!(src.location(at(1)), (1, 2));
        assert_eq!(src.location(at(2)), (1, 3)); // the newline itself
        assert_eq!(src.location(at(3)), (2, 1));
        assert_eq!(src.location(at(7)), (3, 1));
        assert_eq!(src.location(at(10)), (4, 1));
        assert_eq!(src.location(at(12)), (5, 1));
        assert_eq!(src.location(at(99)), (5, 1));
        assert_eq!(src.line_count(), 5);
        assert_eq!(src.line_text(1), "ab");
        assert_eq!(src.line_text(2), "cd");
        assert_eq!(src.line_text(3), "ef");
        assert_eq!(src.line_text(4), "g");
        assert_eq!(src.line_text(5), "");
        assert_eq!(src.line_text(0), "");
        assert_eq!(src.line_text(6), "");
    }

    #[test]
    fn columns_count_characters() {
        let src = SourceFile::new("t.py", "s = 'é€'; x\n");
        // 'x' is at byte 13 (é is 2 bytes, € is 3) but character column 11.
        let x = src.text().find('x').unwrap() as u32;
        assert_eq!(x, 13);
        assert_eq!(src.location(at(x)), (1, 11));
    }

    #[test]
    fn error_builds_from_offset() {
        let src = SourceFile::new("m.py", "a = 1\n  b = (\n");
        let e = src.error(at(10), "boom");
        assert_eq!((e.line, e.column), (2, 5));
        assert_eq!(e.source_line, "  b = (");
        assert_eq!(e.filename, "m.py");
        assert_eq!(e.message, "boom");
    }
}
