//! Small pieces of English for titles and summaries: lists and shortened lists (the
//! model's, which composes titles on a date), articles, counts.

pub use crate::model::title::{list, short_list};

/// "A" or "An" before `word`, by its first letter (enough for the words used here).
pub fn article(word: &str) -> &'static str {
    match word.chars().next() {
        Some('a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U') => "An",
        _ => "A",
    }
}

/// "1 state", "12 states".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn articles_and_counts() {
        assert_eq!(article("offense"), "An");
        assert_eq!(article("defense"), "A");
        assert_eq!(article("non-aggression"), "A");
        assert_eq!(count(1, "state"), "1 state");
        assert_eq!(count(28, "state"), "28 states");
    }
}
