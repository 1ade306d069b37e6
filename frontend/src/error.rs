//! `SyntaxError`: a compile-time error in CPython's format.

use alloc::string::String;
use core::fmt;

/// A compile-time error, located at a 1-based line and 1-based column (in
/// characters).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub filename: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
    /// The whole text of line `line`, without its newline.
    pub source_line: String,
    /// The input ended too early (open bracket, triple-quoted string,
    /// backslash continuation, block header without a body): a REPL reads
    /// another line instead of reporting the error. Only `parse` sets it.
    pub incomplete: bool,
}

impl fmt::Display for SyntaxError {
    /// CPython's format, without a trailing newline:
    /// ```text
    ///   File "x.py", line 3
    ///     the source line
    ///         ^
    /// SyntaxError: message
    /// ```
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "  File \"{}\", line {}", self.filename, self.line)?;
        let stripped = self.source_line.trim_start_matches([' ', '\t', '\x0c']);
        if !stripped.is_empty() {
            writeln!(f, "    {stripped}")?;
            let skipped = self.source_line.chars().count() - stripped.chars().count();
            let offset = self.column as i64 - 1 - skipped as i64;
            if offset >= 0 {
                let offset = (offset as usize).min(stripped.chars().count());
                writeln!(f, "    {}^", " ".repeat(offset))?;
            }
        }
        write!(f, "{}: {}", self.kind(), self.message)
    }
}

impl SyntaxError {
    /// The exception class CPython raises: indentation problems are
    /// `IndentationError`, inconsistent tabs `TabError`.
    pub fn kind(&self) -> &'static str {
        let m = self.message.as_str();
        if m.starts_with("inconsistent use of tabs") {
            return "TabError";
        }
        if m.starts_with("unexpected indent")
            || m.starts_with("expected an indented block")
            || m.starts_with("unindent does not match")
        {
            "IndentationError"
        } else {
            "SyntaxError"
        }
    }
}

#[cfg(feature = "rustpython")]
impl std::error::Error for SyntaxError {}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::string::ToString;

    fn err(line: &str, column: u32) -> SyntaxError {
        SyntaxError {
            filename: "x.py".into(),
            line: 3,
            column,
            message: "invalid syntax".into(),
            source_line: line.into(),
            incomplete: false,
        }
    }

    #[test]
    fn display_matches_cpython() {
        let e = err("    x = = 1", 9);
        assert_eq!(e.to_string(), "  File \"x.py\", line 3\n    x = = 1\n        ^\nSyntaxError: invalid syntax");
    }

    #[test]
    fn display_without_source_line() {
        let e = err("", 1);
        assert_eq!(e.to_string(), "  File \"x.py\", line 3\nSyntaxError: invalid syntax");
    }

    #[test]
    fn display_clips_caret_and_skips_caret_left_of_text() {
        let e = err("  ab", 10);
        assert_eq!(e.to_string(), "  File \"x.py\", line 3\n    ab\n      ^\nSyntaxError: invalid syntax");
        let e = err("  ab", 1);
        assert_eq!(e.to_string(), "  File \"x.py\", line 3\n    ab\nSyntaxError: invalid syntax");
    }

    #[test]
    #[cfg(feature = "rustpython")]
    fn is_std_error() {
        fn takes(_: &dyn std::error::Error) {}
        takes(&err("x", 1));
    }
}
