//! `widgets`: the widget patterns (`WidgetMatcher`) of the English and merged lexicons,
//! asked of each stripped line with its phrase key, as the widgets filter asks.
#![no_main]

use _core::lines::{phrase_key, split_lines};
use _core::text::py_strip;
use cleaner_core_fuzz::{matchers, text_of};
use libfuzzer_sys::fuzz_target;

fuzz_target!(init: cleaner_core_fuzz::warm_up(), |data: &[u8]| {
    let text = text_of(data);
    let text = text.as_ref();
    for matchers in matchers() {
        let widgets = &matchers.widgets;
        for line in split_lines(text) {
            let verdict = widgets.verdict(line.stripped, &line.key);
            assert_eq!(verdict, widgets.verdict(line.stripped, &line.key));
            if let Some(verdict) = verdict {
                assert!(!verdict.rule().is_empty());
            }
        }
        // The whole input as one text, and a key that is not the text's own.
        let stripped = py_strip(text);
        let verdict = widgets.verdict(stripped, &phrase_key(text));
        assert_eq!(verdict, widgets.verdict(stripped, &phrase_key(text)));
        widgets.verdict(stripped, stripped);
    }
});
