//! `chrome`: the `cookie_notices`, `navigation` and `footers` line tests
//! (`ChromeMatcher`, `is_menu_entry`), English and merged, for each stripped line.
#![no_main]

use _core::chrome::{is_menu_entry, ChromeMatcher, FooterRule};
use _core::lines::split_lines;
use _core::text::{char_len, py_strip};
use cleaner_core_fuzz::more::later;
use cleaner_core_fuzz::text_of;
use libfuzzer_sys::fuzz_target;

/// `MAX_ENTRY_CHARS` of `src/chrome.rs`: a menu entry is at most this long.
const MAX_ENTRY_CHARS: usize = 30;

fn check(chrome: &ChromeMatcher, text: &str) {
    let cookie = chrome.is_cookie_banner(text);
    assert_eq!(cookie, chrome.is_cookie_banner(text));
    let crumb = chrome.is_breadcrumb(text);
    assert_eq!(crumb, chrome.is_breadcrumb(text));
    let footer = chrome.footer_rule(text);
    assert_eq!(footer, chrome.footer_rule(text));
    // A row of links has two links between separators at least.
    if footer == Some(FooterRule::LinkRow) {
        assert!(
            text.contains(['|', '·', '•']),
            "a link row without a separator"
        );
    }
    let entry = is_menu_entry(text);
    assert_eq!(entry, is_menu_entry(text));
    if entry {
        assert!(
            char_len(text) <= MAX_ENTRY_CHARS,
            "a menu entry of {text:?}"
        );
    }
}

fuzz_target!(init: { later(); }, |data: &[u8]| {
    let text = text_of(data);
    let text = text.as_ref();
    for chrome in &later().chrome {
        for line in split_lines(text) {
            check(chrome, line.stripped);
        }
        check(chrome, py_strip(text));
    }
});
