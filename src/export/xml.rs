//! Escaping text for XML (SVG and GEXF), so that names, titles and quotes are always text.

/// `text` with `& < > " '` escaped, and control characters XML 1.0 forbids left out.
///
/// # Examples
/// ```
/// use alliance_map::export::xml::escape;
/// assert_eq!(escape("<script>\"a\" & 'b'</script>"), "&lt;script&gt;&quot;a&quot; &amp; &apos;b&apos;&lt;/script&gt;");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_dropped() {
        assert_eq!(super::escape("a\u{1}b\nc"), "ab\nc");
    }
}
