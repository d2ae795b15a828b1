//! `shape`: the shape tests of a line (`ends_sentence`, `is_list_item`,
//! `has_code_signs`, `looks_like_code`), which rejoin and the region ask of any
//! line, lone surrogates read as U+FFFD included.
#![no_main]

use _core::shape::{ends_sentence, has_code_signs, is_list_item, looks_like_code};
use cleaner_core_fuzz::text_of;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    let text = text.as_ref();
    let ends = ends_sentence(text);
    assert_eq!(ends, ends_sentence(text));
    if !text.ends_with('\n') {
        // "...and so may one newline [follow]".
        assert_eq!(ends, ends_sentence(&format!("{text}\n")));
    }
    assert_eq!(is_list_item(text), is_list_item(text));
    let signs = has_code_signs(text);
    assert_eq!(signs, has_code_signs(text));
    let code = looks_like_code(text);
    assert!(!code || signs, "code has a sign of code");
    // Each line of a multi-line text too, as rejoin asks them.
    for line in text.split('\n') {
        ends_sentence(line);
        is_list_item(line);
        looks_like_code(line);
    }
});
