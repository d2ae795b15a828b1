//! `joins`: rejoin's decisions (`Joiner::should_join`, `is_wrap_break`,
//! `display_width`, `tail`) under the default rules and each language's.
//!
//! The input's first byte is a wrap width; its first three lines are `prev`, `nxt`
//! and `after`. A decision reads the tail of `prev` alone, so it is the same when
//! asked of the tail; a character takes one column or two.
#![no_main]

use _core::joins::{
    display_width, is_attribution, is_date, is_inline_fragment, is_web_address, is_wrap_break,
    tail, TAIL_CHARS,
};
use _core::text::{char_len, is_py_space};
use cleaner_core_fuzz::more::later;
use cleaner_core_fuzz::{is_slice_of, text_of};
use libfuzzer_sys::fuzz_target;

fn check_width(text: &str) {
    let width = display_width(text);
    let chars = char_len(text);
    assert!(
        chars <= width && width <= 2 * chars,
        "{width} columns for {chars} characters"
    );
    assert_eq!(width, display_width(text));
}

fuzz_target!(init: { later(); }, |data: &[u8]| {
    let Some((&width, rest)) = data.split_first() else {
        return;
    };
    let width = i64::from(width) - 8;
    let text = text_of(rest);
    let text = text.as_ref();
    let mut lines = text.split('\n');
    let (prev, nxt, after) = (
        lines.next().unwrap_or(""),
        lines.next().unwrap_or(""),
        lines.next().unwrap_or(""),
    );
    for part in [prev, nxt, after, text] {
        check_width(part);
        let end = tail(part);
        assert!(is_slice_of(end, part), "the tail is a piece of the text");
        assert!(!end.ends_with(is_py_space), "the tail ends without white space");
        assert!(char_len(end) <= TAIL_CHARS, "a tail of {} characters", char_len(end));
        assert_eq!(tail(end), end, "the tail of a tail");
        assert_eq!(is_web_address(part), is_web_address(part));
        assert_eq!(is_attribution(part), is_attribution(part));
        assert_eq!(is_date(part), is_date(part));
    }
    // Additive: the width of two texts is that of each.
    assert_eq!(display_width(text), display_width(prev) + display_width(&text[prev.len()..]));
    let wrap = is_wrap_break(prev, nxt, width);
    assert_eq!(wrap, is_wrap_break(prev, nxt, width));
    let fragment = is_inline_fragment(prev, nxt, after);
    assert_eq!(fragment, is_inline_fragment(prev, nxt, after));
    for joiner in &later().joiners {
        let joins = joiner.should_join(prev, nxt, after);
        assert_eq!(joins, joiner.should_join(prev, nxt, after));
        assert_eq!(joins, joiner.should_join(tail(prev), nxt, after), "the tail decides");
        assert_eq!(
            joiner.should_join(text, nxt, ""),
            joiner.should_join(tail(text), nxt, "")
        );
    }
});
