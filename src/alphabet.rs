//! A spelling of a text in a small alphabet, so that patterns with big Unicode
//! classes in bounded repetitions compile in milliseconds.
//!
//! The name patterns of bylines and captions repeat `\p{Lu}`, `\p{L}` and `\w`
//! inside bounded repetitions; as UTF-8 automata over the whole of Unicode they
//! take a second or a tenth of one to compile. They run instead over a
//! *spelling* of the text: ASCII, white space and every character a literal of
//! the patterns may match stay as they are; any other character becomes one of
//! 16 stand-ins (noncharacters) that says which of four classes it is in. Each
//! class is then a short list, and the spelling keeps one character for one
//! character, so a pattern matches the spelling where it matched the text, with
//! the same groups (mapped back by character count, `unspell`).

use std::borrow::Cow;

use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, HirKind};

use crate::text::{is_lower_letter, is_upper_letter, is_word};

/// Letters that Python's `regex` (Unicode 17) counts as `\p{L}` and the crate
/// (Unicode 16) does not.
pub(crate) const LATER_LETTERS: &str = concat!(
    r"\x{88F}\x{C5C}\x{CDC}\x{A7CE}-\x{A7CF}\x{A7D2}\x{A7D4}\x{A7F1}\x{10940}-\x{10959}",
    r"\x{10EC5}-\x{10EC7}\x{11DB0}-\x{11DDB}\x{16EA0}-\x{16EB8}\x{16EBB}-\x{16ED3}",
    r"\x{16FF2}-\x{16FF3}\x{187F8}-\x{187FF}\x{18D09}-\x{18D1E}\x{18D80}-\x{18DF2}",
    r"\x{1E6C0}-\x{1E6DE}\x{1E6E0}-\x{1E6E2}\x{1E6E4}-\x{1E6E5}\x{1E6E7}-\x{1E6ED}",
    r"\x{1E6F0}-\x{1E6F4}\x{1E6FE}-\x{1E6FF}\x{2B73A}-\x{2B73F}\x{2CEA2}-\x{2CEAD}",
    r"\x{323B0}-\x{33479}",
);
/// The classes a character may be in, as bits of its stand-in's index.
pub(crate) const UPPER: usize = 1;
pub(crate) const LOWER: usize = 2;
pub(crate) const LETTER: usize = 4;
pub(crate) const WORD: usize = 8;

/// The ranges of a class that `regex_syntax` parses `pattern` (one class) to.
pub(crate) fn class_of(pattern: &str) -> Result<ClassUnicode, String> {
    let hir = regex_syntax::Parser::new()
        .parse(pattern)
        .map_err(|e| e.to_string())?;
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => Ok(class.clone()),
        HirKind::Literal(literal) => {
            let text = std::str::from_utf8(&literal.0).map_err(|e| e.to_string())?;
            let ranges = text.chars().map(|c| ClassUnicodeRange::new(c, c));
            Ok(ClassUnicode::new(ranges))
        }
        _ => Err(format!("not a class: {pattern}")),
    }
}

pub(crate) fn ranges_of(class: &ClassUnicode) -> Vec<(u32, u32)> {
    class
        .ranges()
        .iter()
        .map(|r| (r.start() as u32, r.end() as u32))
        .collect()
}

pub(crate) fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    ranges
        .binary_search_by(|&(low, high)| {
            if high < c {
                std::cmp::Ordering::Less
            } else if low > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// The characters a family of patterns tells apart, and how a text is spelled in them.
#[derive(Debug)]
pub(crate) struct Alphabet {
    /// Characters beyond ASCII that stay as they are: white space (`\s`), the
    /// punctuation the patterns name, and everything a letter of a literal matches
    /// under IGNORECASE (the simple case folds of the literals' characters and of
    /// the ASCII letters: "K" for "k", "ſ" for "s").
    pub(crate) kept: Vec<(u32, u32)>,
    /// `\p{L}` of the crate and the letters Unicode 17 added.
    pub(crate) letters: Vec<(u32, u32)>,
    /// The stand-in for a character outside `kept`, by its classes' bits.
    stand_ins: [char; 16],
}

impl Alphabet {
    /// Keep ASCII, white space, `punctuation` and the characters of `literals` with
    /// their simple case folds (and "İ", "ı"); spell every other character by its classes.
    pub(crate) fn new(literals: &[&str], punctuation: &str) -> Result<Self, String> {
        let mut kept = class_of(r"[\s&&[^\x00-\x7F]]")?;
        let mut named: String = ('a'..='z').chain('A'..='Z').collect();
        named.push_str("İı");
        named.push_str(punctuation);
        named.extend(literals.iter().flat_map(|w| w.chars()));
        let mut folded = ClassUnicode::new(named.chars().map(|c| ClassUnicodeRange::new(c, c)));
        folded.case_fold_simple();
        kept.union(&folded);
        let kept = ranges_of(&kept);
        let letters = ranges_of(&class_of(&format!(r"[\p{{L}}{LATER_LETTERS}]"))?);
        // Noncharacters (then private use) that no literal names.
        let mut free = (0xFDD0..=0xFDEF)
            .chain(0xF0000..=0xFFFFD)
            .filter_map(char::from_u32)
            .filter(|&c| !in_ranges(&kept, c));
        let mut stand_ins = ['\0'; 16];
        for slot in &mut stand_ins {
            *slot = free.next().ok_or("no free stand-in")?;
        }
        Ok(Alphabet {
            kept,
            letters,
            stand_ins,
        })
    }

    pub(crate) fn bits(&self, c: char) -> usize {
        let mut bits = 0;
        if is_upper_letter(c) {
            bits |= UPPER;
        }
        if is_lower_letter(c) {
            bits |= LOWER;
        }
        if in_ranges(&self.letters, c) {
            bits |= LETTER;
        }
        if is_word(c) {
            bits |= WORD;
        }
        bits
    }

    /// The character `c` is spelled with.
    pub(crate) fn spell_char(&self, c: char) -> char {
        if c.is_ascii() || in_ranges(&self.kept, c) {
            c
        } else {
            self.stand_ins[self.bits(c)]
        }
    }

    /// `text` spelled in this alphabet: one character for each of its characters.
    pub(crate) fn spell<'t>(&self, text: &'t str) -> Cow<'t, str> {
        if text.is_ascii() {
            return Cow::Borrowed(text);
        }
        let spelled: String = text.chars().map(|c| self.spell_char(c)).collect();
        if spelled == text {
            Cow::Borrowed(text)
        } else {
            Cow::Owned(spelled)
        }
    }

    /// A character class of the spelled text: the ASCII and kept characters
    /// `member` takes, and the stand-ins with `bit`.
    pub(crate) fn class(&self, member: &dyn Fn(char) -> bool, bit: usize) -> String {
        let kept = self
            .kept
            .iter()
            .flat_map(|&(low, high)| (low..=high).filter_map(char::from_u32));
        let mut members: Vec<u32> = (0..0x80u32)
            .filter_map(char::from_u32)
            .chain(kept)
            .filter(|&c| member(c))
            .map(|c| c as u32)
            .collect();
        let stand_ins = self.stand_ins.iter().enumerate();
        members.extend(
            stand_ins
                .filter(|(bits, _)| bits & bit != 0)
                .map(|(_, &c)| c as u32),
        );
        members.sort_unstable();
        members.dedup();
        // Runs of consecutive members as ranges: a short pattern parses fast.
        let mut out = String::from("[");
        let mut at = 0;
        while at < members.len() {
            let mut end = at;
            while end + 1 < members.len() && members[end + 1] == members[end] + 1 {
                end += 1;
            }
            out.push_str(&format!(r"\x{{{:X}}}", members[at]));
            if end > at {
                out.push_str(&format!(r"-\x{{{:X}}}", members[end]));
            }
            at = end + 1;
        }
        out.push(']');
        out
    }
}

/// The byte offset in `text` of the character at byte `at` of its spelling `spelled`.
pub(crate) fn unspell(text: &str, spelled: &str, at: usize) -> usize {
    if std::ptr::eq(text.as_ptr(), spelled.as_ptr()) {
        return at; // spelled as it is (`Alphabet::spell` borrowed it)
    }
    let n = spelled[..at].chars().count();
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use regex::Regex;

    use super::*;

    #[test]
    fn spelled_classes_are_the_tables_for_every_character() {
        let alphabet = Alphabet::new(&["publié par", "Über den Autor"], "’–—·•").unwrap();
        let letters = alphabet.letters.clone();
        let classes: [(&dyn Fn(char) -> bool, usize); 4] = [
            (&is_upper_letter, UPPER),
            (&is_lower_letter, LOWER),
            (&|c| in_ranges(&letters, c), LETTER),
            (&is_word, WORD),
        ];
        for (member, bit) in classes {
            let class = Regex::new(&format!(r"\A{}\z", alphabet.class(member, bit))).unwrap();
            for c in (0..=0x10FFFF).filter_map(char::from_u32) {
                let spelled = alphabet.spell_char(c);
                assert_eq!(
                    class.is_match(spelled.encode_utf8(&mut [0; 4])),
                    member(c),
                    "{c:?}"
                );
                assert_eq!(spelled.is_whitespace(), c.is_whitespace(), "{c:?}");
                assert_eq!(spelled == '\n', c == '\n', "{c:?}");
            }
        }
        let unspelt = "Ünlü 𝐀 bé";
        let spelled = alphabet.spell(unspelt);
        assert_eq!(spelled.chars().count(), unspelt.chars().count());
        let at = spelled.find('b').unwrap();
        assert_eq!(&unspelt[unspell(unspelt, &spelled, at)..], "bé");
    }

    #[test]
    fn literals_keep_their_characters() {
        let alphabet = Alphabet::new(&["publié par"], "’–—·•").unwrap();
        for c in "éÉkKKsSſİı’–—·•\u{A0}\u{3000}".chars() {
            assert_eq!(alphabet.spell_char(c), c, "{c:?}");
        }
        assert!(!"Ĳ𝐀".chars().any(|c| alphabet.spell_char(c) == c));
    }
}
