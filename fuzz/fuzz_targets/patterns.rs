//! `patterns`: the user patterns of a config file (`pattern_error`, `UserPatterns`).
//!
//! The input is patterns and a line: the text before the first NUL holds the
//! patterns, one per U+0001-separated part; the text after it is the line to
//! match. Whatever a user writes must give a pattern or a one-line message, never
//! a panic, and an accepted set must match whole lines only.
#![no_main]

use _core::patterns::{pattern_error, UserPatterns};
use cleaner_core_fuzz::text_of;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let input = text_of(data);
    let (patterns, line) = input.split_once('\0').unwrap_or((&input, ""));
    let patterns: Vec<String> = patterns.split('\u{1}').take(4).map(str::to_owned).collect();

    let mut singles = Vec::new();
    for pattern in &patterns {
        let error = pattern_error(pattern);
        assert_eq!(
            error,
            pattern_error(pattern),
            "pattern_error is deterministic"
        );
        match (&error, UserPatterns::new(std::slice::from_ref(pattern))) {
            (Some(message), Err(refused)) => {
                assert_eq!(refused.index, Some(0));
                assert_eq!(&refused.message, message, "the same message either way");
                assert!(
                    !message.contains(['\n', '\r']),
                    "a one-line message: {message:?}"
                );
            }
            (None, Ok(single)) => {
                assert!(!single.fullmatch(""), "no pattern matches an empty line");
                singles.push(single);
            }
            (None, Err(refused)) => {
                // Only the set as a whole may fail where the pattern alone compiled.
                assert_eq!(refused.index, None, "{refused:?}");
            }
            (Some(message), Ok(_)) => panic!("refused alone ({message}), accepted in a set"),
        }
    }

    match UserPatterns::new(&patterns) {
        Ok(set) => {
            assert_eq!(set.patterns(), &patterns[..]);
            assert_eq!(singles.len(), patterns.len());
            let matched = set.fullmatch(line);
            assert_eq!(matched, set.fullmatch(line));
            // The set matches a line when one of its patterns does.
            let any = singles.iter().any(|single| single.fullmatch(line));
            assert_eq!(matched, any, "set {patterns:?} on {line:?}");
            assert!(!set.fullmatch(""));
        }
        Err(refused) => {
            assert!(!refused.message.contains(['\n', '\r']), "{refused:?}");
            if let Some(index) = refused.index {
                assert!(index < patterns.len());
                assert!(pattern_error(&patterns[index]).is_some());
                // The first pattern that cannot be used is the error.
                assert!(patterns[..index].iter().all(|p| pattern_error(p).is_none()));
            }
        }
    }
});
