//! Counts said in words: "1 tie", "2 ties". Every count the page, the pictures and the
//! messages show with a noun goes through [`plural`], so none says "1 ties".

/// `n` followed by `one` when `n` is 1, by `many` otherwise.
///
/// # Examples
/// ```
/// use alliance_map::model::words::plural;
/// assert_eq!(plural(1, "tie", "ties"), "1 tie");
/// assert_eq!(plural(0, "tie", "ties"), "0 ties");
/// assert_eq!(plural(2, "quality", "qualities"), "2 qualities");
/// ```
pub fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", noun(n, one, many))
}

/// The noun alone for a count of `n`: `one` when `n` is 1, `many` otherwise (for a heading
/// such as "Source:" before a list of one).
///
/// # Examples
/// ```
/// use alliance_map::model::words::noun;
/// assert_eq!(noun(1, "Source", "Sources"), "Source");
/// assert_eq!(noun(3, "Source", "Sources"), "Sources");
/// ```
pub fn noun<'a>(n: usize, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_and_every_other_count_plural() {
        assert_eq!(plural(1, "state", "states"), "1 state");
        for n in [0, 2, 11, 21, 101] {
            assert_eq!(plural(n, "state", "states"), format!("{n} states"));
        }
        assert_eq!(noun(0, "problem", "problems"), "problems");
    }
}
