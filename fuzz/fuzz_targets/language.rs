//! `language`: the language guess (`LanguageGuesser`) over the shipped lexicons.
//!
//! A guess is a shipped language's code or "und", the same when asked twice, and
//! made from the first `SAMPLE_CHARS` characters alone.
#![no_main]

use _core::language::SAMPLE_CHARS;
use cleaner_core_fuzz::more::later;
use cleaner_core_fuzz::text_of;
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: { later(); }, |data: &[u8]| {
    let text = text_of(data);
    let text = text.as_ref();
    let later = later();
    let guess = later.guesser.guess(text);
    assert!(later.codes.contains(guess), "{guess:?} is no shipped language");
    assert_eq!(guess, later.guesser.guess(text));
    // Only the sample counts: more text after it changes nothing.
    if let Some((end, _)) = text.char_indices().nth(SAMPLE_CHARS) {
        assert_eq!(guess, later.guesser.guess(&text[..end]));
    }
    // The text repeated past the sample reads its first `SAMPLE_CHARS` characters.
    let long = text.repeat(SAMPLE_CHARS / text.chars().count().max(1) + 1);
    let end = long.char_indices().nth(SAMPLE_CHARS).map_or(long.len(), |(end, _)| end);
    assert_eq!(later.guesser.guess(&long), later.guesser.guess(&long[..end]));
});
