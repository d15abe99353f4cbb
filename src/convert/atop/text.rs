//! Small pieces of English for titles and summaries: lists, shortened lists, articles,
//! counts.

/// Items joined as English lists them: "a", "a and b", "a, b and c".
///
/// # Examples
/// ```
/// use alliance_map::convert::atop::text::list;
/// assert_eq!(list(&["Greece", "Turkey"]), "Greece and Turkey");
/// assert_eq!(list(&["a", "b", "c"]), "a, b and c");
/// ```
pub fn list<S: AsRef<str>>(items: &[S]) -> String {
    match items {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [rest @ .., last] => {
            let head: Vec<&str> = rest.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", head.join(", "), last.as_ref())
        }
    }
}

/// Up to four items in full; more as the first three and "and N more".
///
/// # Examples
/// ```
/// use alliance_map::convert::atop::text::short_list;
/// let five = ["A", "B", "C", "D", "E"];
/// assert_eq!(short_list(&five), "A, B, C and 2 more");
/// assert_eq!(short_list(&five[..4]), "A, B, C and D");
/// ```
pub fn short_list<S: AsRef<str>>(items: &[S]) -> String {
    const SHOWN: usize = 3;
    if items.len() <= SHOWN + 1 {
        return list(items);
    }
    let head: Vec<&str> = items[..SHOWN].iter().map(AsRef::as_ref).collect();
    format!("{} and {} more", head.join(", "), items.len() - SHOWN)
}

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
    fn lists_of_every_length() {
        let none: [&str; 0] = [];
        assert_eq!(list(&none), "");
        assert_eq!(list(&["a"]), "a");
        assert_eq!(list(&["a", "b", "c", "d"]), "a, b, c and d");
        assert_eq!(short_list(&["a", "b"]), "a and b");
        assert_eq!(
            short_list(&["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"]),
            "a, b, c and 9 more"
        );
    }

    #[test]
    fn articles_and_counts() {
        assert_eq!(article("offense"), "An");
        assert_eq!(article("defense"), "A");
        assert_eq!(article("non-aggression"), "A");
        assert_eq!(count(1, "state"), "1 state");
        assert_eq!(count(28, "state"), "28 states");
    }
}
