//! Read-aloud (*Kuuntele* / *Lyssna*): a screen's words made into sentences a speech voice reads
//! as a person would say them ("30 euroa", not "30 €").

/// The words a voice says for the screen's symbols, from the text set in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpokenWords {
    /// After the number one: "euro".
    pub euro_one: String,
    /// After any other amount: "euroa" (Finnish), "euro" (Swedish).
    pub euros: String,
    /// For `%`: "prosenttia", "procent".
    pub percent: String,
    /// For a minus sign before an amount: "miinus", "minus".
    pub minus: String,
    /// For a range's dash between two numbers or times: "–" read as a word ("–", "till").
    pub to: String,
}

/// The sentences of `text` (a screen's visible words, one block a line) for a voice: each line
/// a sentence of its own, symbols said as words, lines without a letter or a digit left out.
pub fn sentences(text: &str, words: &SpokenWords) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|line| line.chars().any(char::is_alphanumeric))
        .map(|line| spoken(line, words))
        .collect()
}

/// One line with its symbols as words.
fn spoken(line: &str, words: &SpokenWords) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut out = String::with_capacity(line.len() + 16);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let digit_before = out
            .trim_end()
            .chars()
            .last()
            .is_some_and(|d| d.is_ascii_digit());
        let digit_after = chars.get(i + 1).is_some_and(char::is_ascii_digit);
        match c {
            '€' => {
                let one = amount_before(&out) == Some("1");
                push_word(
                    &mut out,
                    if one { &words.euro_one } else { &words.euros },
                    chars.get(i + 1),
                );
            }
            '%' => push_word(&mut out, &words.percent, chars.get(i + 1)),
            // A minus sign (or a hyphen) straight before an amount, not inside a word.
            '−' | '-'
                if digit_after
                    && out
                        .chars()
                        .last()
                        .is_none_or(|p| p.is_whitespace() || p == '(') =>
            {
                push_word(&mut out, &words.minus, Some(&'0'));
            }
            // "9.00–12.00", "0–1 500 €": a range.
            '–' if digit_before && (digit_after || chars.get(i + 1) == Some(&' ')) => {
                push_word(&mut out, &words.to, Some(&'0'));
            }
            // Digits grouped by a (narrow) no-break space read as one number.
            '\u{a0}' | '\u{202f}' => out.push(' '),
            c => out.push(c),
        }
        i += 1;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The number just before the end of `out` ("1" in "jää 1 "), if any.
fn amount_before(out: &str) -> Option<&str> {
    out.trim_end()
        .rsplit(|c: char| c.is_whitespace())
        .next()
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit() || c == ','))
}

/// Puts `word` for a symbol into `out`, a word of its own: a space before it (not after an
/// opening bracket) and after it where a word or number follows (not before punctuation).
fn push_word(out: &mut String, word: &str, next: Option<&char>) {
    if out
        .chars()
        .last()
        .is_some_and(|p| !p.is_whitespace() && p != '(')
    {
        out.push(' ');
    }
    out.push_str(word);
    if next.is_some_and(|n| n.is_alphanumeric()) {
        out.push(' ');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finnish() -> SpokenWords {
        SpokenWords {
            euro_one: "euro".into(),
            euros: "euroa".into(),
            percent: "prosenttia".into(),
            minus: "miinus".into(),
            to: "–".into(),
        }
    }

    #[test]
    fn amounts_and_percentages_are_said_as_words_and_each_line_is_a_sentence() {
        let text =
            "Sinulle jää noin 45,37 € enemmän.\n\n  Palkka 1 € \nVero 10 %\n→\nKello 9.00–12.00";
        assert_eq!(
            sentences(text, &finnish()),
            [
                "Sinulle jää noin 45,37 euroa enemmän.",
                "Palkka 1 euro",
                "Vero 10 prosenttia",
                "Kello 9.00 – 12.00",
            ]
        );
    }

    #[test]
    fn a_minus_before_an_amount_is_said_and_a_hyphen_inside_a_word_is_not() {
        let line = "Jää −189,95 € (-5 €), ansainta-raja 1\u{a0}500\u{a0}€, 0–1\u{a0}500 €";
        assert_eq!(
            sentences(line, &finnish()),
            [
                "Jää miinus 189,95 euroa (miinus 5 euroa), ansainta-raja 1 500 euroa, 0 – 1 500 euroa"
            ]
        );
    }
}
