//! What the fuzz targets share: the real lexicons, read once at start-up, and the
//! matchers built from them the way the Python filters build them.
//!
//! A matcher fuzzed with made-up word lists would miss what the shipped ones
//! compile to (the merged lexicon's date and byline patterns are the largest
//! automata of the core), so the word lists are those of `cleaner/lexicons/`,
//! gathered as `cleaner.lexicons.Lexicon` gathers them, for English alone and
//! for every language merged (what the default pipeline uses).

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use _core::bylines::{BylineMatcher, BylineWords};
use _core::captions::{CaptionMatcher, CaptionWords};
use _core::dates::{DateMatcher, DateWords};
use _core::lines::phrase_key;
use _core::score::Scorer;
use _core::text::{casefold, py_strip};
use _core::widgets::WidgetMatcher;

pub mod more;

/// The lexicon folders, next to this crate.
pub(crate) fn lexicon_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../cleaner/lexicons")
}

/// `cleaner.lexicons.languages()`: the folders, sorted.
pub(crate) fn languages() -> Vec<String> {
    let mut found: Vec<String> = fs::read_dir(lexicon_root())
        .expect("cleaner/lexicons is readable")
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| !name.starts_with('_'))
        .collect();
    found.sort();
    found
}

/// `cleaner.lexicons.load_lines`: the entries of one file, comments and blank lines
/// dropped. (The files are NFC already, which `tests/test_lexicons.py` checks, so the
/// normalisation is left out.)
pub(crate) fn load_lines(lang: &str, family: &str) -> Vec<String> {
    let path = lexicon_root().join(lang).join(format!("{family}.txt"));
    let Ok(text) = fs::read_to_string(path) else {
        return Vec::new();
    };
    text.lines()
        .map(|raw| py_strip(raw.split('#').next().unwrap_or_default()))
        .filter(|entry| !entry.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A lexicon of one or more languages, as `cleaner.lexicons.Lexicon` reads it.
pub struct Lexicon {
    langs: Vec<String>,
}

impl Lexicon {
    pub fn new(langs: Vec<String>) -> Self {
        Self { langs }
    }

    /// `Lexicon.words`: the raw entries, each case-folded spelling once (the first).
    pub fn words(&self, family: &str) -> Vec<String> {
        let mut seen = HashSet::new();
        self.langs
            .iter()
            .flat_map(|lang| load_lines(lang, family))
            .filter(|entry| seen.insert(casefold(entry)))
            .collect()
    }

    /// `Lexicon.words_by_language`: (lang, entries) of each language that has `family`.
    pub fn words_by_language(&self, family: &str) -> Vec<(String, Vec<String>)> {
        self.langs
            .iter()
            .map(|lang| (lang.clone(), load_lines(lang, family)))
            .filter(|(_, entries)| !entries.is_empty())
            .collect()
    }

    /// `Lexicon.phrases`, sorted (the Python side passes `sorted(...)` to the core).
    pub fn phrases(&self, family: &str) -> BTreeSet<String> {
        self.langs
            .iter()
            .flat_map(|lang| load_lines(lang, family))
            .map(|entry| phrase_key(&entry).into_owned())
            .collect()
    }
}

/// The matchers of one lexicon, built as `cleaner/filters/*.py` build them.
pub struct Matchers {
    pub dates: DateMatcher,
    pub bylines: BylineMatcher,
    pub captions: CaptionMatcher,
    pub widgets: WidgetMatcher,
    pub scorer: Scorer,
}

/// Per language, (time units, templates) of `family`: `date_matcher` in timestamps.py.
fn templates(lexicon: &Lexicon, family: &str) -> Vec<(Vec<String>, Vec<String>)> {
    let units: HashMap<String, Vec<String>> = lexicon
        .words_by_language("time_units")
        .into_iter()
        .collect();
    lexicon
        .words_by_language(family)
        .into_iter()
        .map(|(lang, templates)| (units.get(&lang).cloned().unwrap_or_default(), templates))
        .collect()
}

impl Matchers {
    fn build(lexicon: &Lexicon, stopwords_lang: &str) -> Self {
        let dates = DateMatcher::new(&DateWords {
            months: lexicon.words("months"),
            weekdays: lexicon.words("weekdays"),
            labels: lexicon.words("date_labels"),
            connectors: lexicon.words("date_connectors"),
            periods: lexicon.words("day_periods"),
            relative: templates(lexicon, "relative_times"),
            reading: templates(lexicon, "reading_times"),
        })
        .expect("the date patterns compile");
        let bylines = BylineMatcher::new(&BylineWords {
            labels: lexicon.words("byline_labels"),
            box_labels: lexicon.words("author_box_labels"),
            publishers: lexicon.phrases("publishers").into_iter().collect(),
        })
        .expect("the byline patterns compile");
        let captions = CaptionMatcher::new(&CaptionWords {
            agencies: lexicon.words("caption_credits"),
            labels: lexicon.words("caption_labels"),
            openings: lexicon.words("caption_openings"),
            date_labels: lexicon.words("date_labels"),
            months: lexicon.words("months"),
        })
        .expect("the caption patterns compile");
        // widgets.py: the share targets, and the filter's strong and weak phrases (all
        // of `widgets` and `widgets_context`: it guards no single words) with the
        // comment stubs.
        let networks: Vec<String> = lexicon.phrases("widgets_context").into_iter().collect();
        let mut phrases = lexicon.phrases("widgets");
        phrases.extend(lexicon.phrases("widgets_context"));
        phrases.extend(lexicon.phrases("comment_stubs"));
        let phrases: Vec<String> = phrases.into_iter().collect();
        let widgets = WidgetMatcher::new(&networks, &phrases);
        // content.py `_stopwords`: one language's function words, case-folded.
        let stopwords: BTreeSet<String> = load_lines(stopwords_lang, "stopwords")
            .iter()
            .map(|word| casefold(word))
            .collect();
        let scorer = Scorer::new(stopwords);
        Self {
            dates,
            bylines,
            captions,
            widgets,
            scorer,
        }
    }
}

/// The matchers of the English lexicon alone and of every language merged (the
/// default pipeline's), built on first use.
pub fn matchers() -> &'static [Matchers; 2] {
    static BUILT: OnceLock<[Matchers; 2]> = OnceLock::new();
    BUILT.get_or_init(|| {
        let english = Lexicon::new(vec!["en".to_owned()]);
        let merged = Lexicon::new(languages());
        // The merged lexicon scores against German's function words: a second
        // language's stop list, beside English's.
        [
            Matchers::build(&english, "en"),
            Matchers::build(&merged, "de"),
        ]
    })
}

/// The fuzzer's bytes as text: lossy UTF-8, so that every input is tried.
pub fn text_of(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// Whether `part` is a slice of `whole` (by address): what a borrowed answer must be.
pub fn is_slice_of(part: &str, whole: &str) -> bool {
    let (start, end) = (
        whole.as_ptr() as usize,
        whole.as_ptr() as usize + whole.len(),
    );
    let at = part.as_ptr() as usize;
    at >= start && at + part.len() <= end
}

/// The byte offset of `part` (a slice of `whole`) in `whole`.
pub fn offset_in(part: &str, whole: &str) -> usize {
    assert!(is_slice_of(part, whole), "not a slice of the text");
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// Lines that reach the deep paths of every matcher: examples of the core's tests.
const WARM_UP: [&str; 27] = [
    "(Photo: Reuters)",
    "AP Photo/Jane Doe",
    "Photo credit",
    "Fans cheer on Monday. (AP Photo/Jane Doe)",
    "The border near Nogales, Ariz. (AP)",
    "The crowd gathered on Tuesday. Photo: Reuters",
    "Jane Doe | Getty Images",
    "Foto: Dok. Pribadi",
    "2026-11-20 08:15:00来源：人民日报 作者：张三",
    "发布时间：2026-11-20",
    "In this Dec. 12, 2006, file photo, astronauts train",
    "By Jane Doe | November 19, 2026",
    "Posted on November 19, 2026 by Nell Okafor",
    "Reporting by Jane Doe; Editing by John Roe",
    "Write to Jane Doe at jane@example.com",
    "About Brigit Katz",
    "- South China Morning Post",
    "Reuters November 18, 2019 11:03 PM",
    "Updated 2 hours ago",
    "vor 5 Minuten",
    "Lesezeit: 4 Min.",
    "2026年11月25日 10:32",
    "❤️ 12 💬 4 comments",
    "Sign up for our daily newsletter",
    "Get the SCMP app",
    "Olivia on October 4, 2018 at 10:58 am said:",
    "The council met on Monday to discuss the budget for the harbour, and the mayor said so.",
];

/// Build the matchers and compile their lazy patterns before fuzzing starts
/// (libFuzzer's `init`), so that no build is timed as the first input's run.
pub fn warm_up() {
    let long = format!("{} (Photo: Reuters)", "The crowd gathered. ".repeat(30));
    for m in matchers() {
        for text in WARM_UP.iter().copied().chain([long.as_str()]) {
            let key = phrase_key(text);
            let mut is_date = |part: &str| m.dates.verdict(part, true, true).is_some();
            m.dates.verdict(text, true, true);
            m.dates.patterns(text);
            m.bylines.rule_for(text, &key, &mut is_date);
            m.bylines.source_kind(text);
            m.bylines.author_box_name(text);
            m.bylines.is_name(text);
            let c = &m.captions;
            c.is_alone(text);
            c.is_trailing(text);
            c.agency_closing(text);
            c.bare_closing(text);
            c.is_named(text);
            c.is_label_alone(text);
            c.is_labelled(text);
            c.meta_split(text);
            c.is_meta_date(text);
            c.opening_end(text);
            m.widgets.verdict(text, &key);
            m.scorer.score(text);
            m.scorer.is_glued_teaser(text);
        }
    }
}
