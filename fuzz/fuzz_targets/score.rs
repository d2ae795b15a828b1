//! `score`: a paragraph's weight and kind (`Scorer`), the legal and title tests,
//! and the text primitives they stand on (`casefold`, `words`, `py_split`).
#![no_main]

use _core::score::{chrome_weight, is_legal, is_legal_notice, is_title, Kind};
use _core::text::{casefold, char_len, is_word, py_split, words};
use cleaner_core_fuzz::{matchers, offset_in, text_of};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: cleaner_core_fuzz::warm_up(), |data: &[u8]| {
    // The first byte picks the parameters of `is_title`; the rest is the paragraph.
    let (min_words, share) = match data.first() {
        Some(&b) => (usize::from(b & 0x0f), f64::from(b >> 4) / 15.0),
        None => (0, 0.0),
    };
    let text = text_of(data.get(1..).unwrap_or_default());
    let text = text.as_ref();

    for matchers in matchers() {
        let scorer = &matchers.scorer;
        let score = scorer.score(text);
        assert_eq!(
            score.to_bits(),
            scorer.score(text).to_bits(),
            "score is deterministic"
        );
        let chars = char_len(text);
        let kind = scorer.kind(text);
        assert_eq!(kind, scorer.kind(text));
        // + its length for prose, - for chrome, 0 between.
        let prose = chars as f64;
        let chrome = chrome_weight(chars);
        assert!(score.is_finite());
        assert!(
            score == prose || score == chrome || score == 0.0,
            "score {score} of a text of {chars} characters"
        );
        match kind {
            Kind::Prose => assert!(score == prose || score == chrome),
            Kind::Chrome => assert_eq!(score, chrome),
            Kind::Neutral => assert!(score == 0.0 || score == chrome),
        }
        if chars > 0 && score == chrome {
            assert!(
                kind == Kind::Chrome || is_legal(text),
                "chrome without a reason"
            );
        }
        if chars > 0 && score == prose {
            assert!(kind == Kind::Prose && !is_legal_notice(text));
        }
        assert_eq!(scorer.is_glued_teaser(text), scorer.is_glued_teaser(text));
    }
    assert_eq!(is_legal(text), is_legal(text));
    assert_eq!(
        is_title(text, min_words, share),
        is_title(text, min_words, share)
    );

    // `casefolded_words`: runs of word characters of the folded text.
    let folded = casefold(text);
    assert_eq!(folded, casefold(text));
    if text.is_ascii() {
        assert_eq!(folded, text.to_ascii_lowercase());
    }
    for word in words(&folded) {
        offset_in(word, &folded);
        assert!(!word.is_empty() && word.chars().all(is_word));
    }
    for word in py_split(text) {
        offset_in(word, text);
        assert!(!word.is_empty());
    }
});
