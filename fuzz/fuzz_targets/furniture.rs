//! `furniture`: the `browser_furniture` filter's line tests (`src/furniture.rs`).
//!
//! Each line is asked as the filter asks it: with the page's text from the line on
//! as its window. A marker is a character span that starts in the line and ends in
//! the window (past the line only for an image name wrapped onto the next one); the
//! markers come sorted; a line that goes whole keeps only the markers running past it.
#![no_main]

use _core::furniture::{
    is_address_piece, is_bare_image, is_iframe, is_placeholder, is_prose, markers, wordless_rule,
};
use _core::lines::split_lines;
use _core::text::char_len;
use cleaner_core_fuzz::{offset_in, text_of};
use libfuzzer_sys::fuzz_target;

/// `len(text) + 420` of `BrowserFurniture._markers`: how far the window reaches.
const WINDOW_CHARS: usize = 420;

fn check(text: &str, window: &str) {
    macro_rules! same {
        ($call:expr) => {{
            let first = $call;
            assert_eq!(first, $call, "deterministic: {}", stringify!($call));
            first
        }};
    }
    same!(is_iframe(text));
    same!(is_address_piece(text));
    same!(is_bare_image(text));
    same!(is_placeholder(text));
    same!(is_prose(text));
    for dump in [false, true] {
        same!(wordless_rule(text, dump).map(|rule| rule.name()));
        for numbers in [false, true] {
            let found = same!(markers(text, window, dump, numbers));
            let (length, reach) = (char_len(text), char_len(window).max(char_len(text)));
            for pair in found.spans.windows(2) {
                assert!(pair[0] <= pair[1], "markers sorted: {:?}", found.spans);
            }
            for marker in &found.spans {
                assert!(marker.start < marker.end, "an empty marker {marker:?}");
                assert!(marker.start < length, "{marker:?} starts past the line");
                assert!(marker.end <= reach, "{marker:?} ends past the window");
                assert!(!marker.rule.name().is_empty());
                if found.whole.is_some() {
                    assert!(marker.end > length, "{marker:?} kept beside the whole line");
                }
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let text = text_of(data);
    let text = text.as_ref();
    for line in split_lines(text) {
        let start = offset_in(line.text, text);
        let reach = text[start..]
            .char_indices()
            .nth(char_len(line.text) + WINDOW_CHARS)
            .map_or(text.len(), |(end, _)| start + end);
        let window = if line.text.contains('[') {
            &text[start..reach]
        } else {
            ""
        };
        check(line.text, window);
    }
    check(text, text);
});
