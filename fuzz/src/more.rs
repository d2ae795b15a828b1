//! The matchers of the later entry points (ads, chrome, the language guess, rejoin's
//! joiners), built from the real lexicons as `cleaner/filters/ads.py`,
//! `cleaner/filters/chrome.py`, `cleaner/language.py` and `cleaner/rejoin.py` build
//! them. Apart from `Matchers`, so that the older targets do not build them.

use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::sync::OnceLock;

use _core::ads::AdMatcher;
use _core::chrome::ChromeMatcher;
use _core::joins::Joiner;
use _core::language::{LanguageGuesser, Script};
use _core::text::casefold;

use crate::{languages, lexicon_root, load_lines, Lexicon};

/// `_AMBIGUOUS_LEADING` of ads.py: labels that are words too, never taken as leading.
const AMBIGUOUS_LEADING: &str = "ad ads adv advert advertising promoted annonce annunci \
    annuncio anuncio anúncio pr iklan reklam";
/// `_CONSENT_WORDS` of chrome.py.
const CONSENT_WORDS: [&str; 3] = ["cookie", "consent", "privacy"];
/// `CONTINUING_WORDS` of rejoin.py: the default rules' words.
const CONTINUING_WORDS: &str = "a an the and or but nor of to in on at by for with from \
    into onto about as than that which who whom whose its their his her our your my this \
    these those such via per is are was were be been being has have had will would can \
    could should may might must including between among under over after before during \
    against without within";

/// Python's `str.capitalize`: the first character in upper case, the rest in lower.
fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first
            .to_uppercase()
            .chain(chars.as_str().to_lowercase().chars())
            .collect()
    })
}

/// `AdMarkers.__init__`: the leading labels' spellings, longest first, and first words.
fn ad_matcher(lexicon: &Lexicon) -> AdMatcher {
    let ambiguous: BTreeSet<&str> = AMBIGUOUS_LEADING.split_whitespace().collect();
    let mut leading: Vec<String> = lexicon
        .phrases("ad_markers")
        .into_iter()
        .filter(|label| !ambiguous.contains(label.as_str()))
        .filter(|label| {
            let first: String = label.chars().take(1).collect();
            first.to_uppercase() != first
        })
        .collect();
    // Python's `sorted(..., key=len, reverse=True)` is stable over the set's order; the
    // order among labels of one length is the set's, here the sorted one.
    leading.sort_by_key(|label| std::cmp::Reverse(label.chars().count()));
    let mut spellings: Vec<String> = Vec::new();
    for label in &leading {
        let mut chars = label.chars();
        let first = chars.next().map(|c| c.to_uppercase().collect::<String>());
        for spelling in [
            first.unwrap_or_default() + chars.as_str(),
            label.to_uppercase(),
        ] {
            if !spellings.contains(&spelling) {
                spellings.push(spelling);
            }
        }
    }
    let firsts: BTreeSet<String> = leading
        .iter()
        .filter_map(|label| label.split_whitespace().next())
        .map(casefold)
        .collect();
    AdMatcher::new(spellings, firsts.into_iter().collect())
}

/// `chrome_matcher` of chrome.py.
fn chrome_matcher(lexicon: &Lexicon) -> ChromeMatcher {
    let openings = lexicon.words("cookie_sentences");
    let mut consent: Vec<String> = CONSENT_WORDS.iter().map(|w| (*w).to_owned()).collect();
    for word in lexicon.words("cookie_words") {
        let word = casefold(&word);
        if !consent.contains(&word) {
            consent.push(word);
        }
    }
    let mut gates: Vec<String> = Vec::new();
    for word in consent
        .iter()
        .filter(|w| openings.iter().any(|o| casefold(o).contains(w.as_str())))
    {
        for gate in [word.clone(), capitalize(word), word.to_uppercase()] {
            if !gates.contains(&gate) {
                gates.push(gate);
            }
        }
    }
    let mut links = lexicon.phrases("footers");
    links.extend(lexicon.phrases("navigation"));
    let links: Vec<String> = links.into_iter().collect();
    ChromeMatcher::new(&openings, &gates, &links)
}

/// The value of `key = "..."` or `key = true` in a flat TOML table's lines (the
/// lexicons' `language.toml` and the tables of `scripts.toml` hold no more).
fn toml_value<'a>(lines: &[&'a str], key: &str) -> Option<&'a str> {
    lines.iter().find_map(|line| {
        let line = line.split('#').next().unwrap_or_default();
        let (name, value) = line.split_once('=')?;
        (name.trim() == key).then(|| value.trim().trim_matches('"'))
    })
}

/// A lexicon's `language.toml`: (script, spaceless, hyphenates).
fn language_facts(lang: &str) -> (String, bool, bool) {
    let text = fs::read_to_string(lexicon_root().join(lang).join("language.toml"))
        .expect("every language has its language.toml");
    let lines: Vec<&str> = text.lines().collect();
    let flag = |key| toml_value(&lines, key) == Some("true");
    let script = toml_value(&lines, "script").expect("a script").to_owned();
    (script, flag("spaceless"), flag("hyphenates"))
}

/// `lexicons.scripts()`, in the file's order, each with the prefixes of its blocks
/// (`_lead_bytes`) and no languages yet.
fn scripts() -> Vec<Script> {
    let text = fs::read_to_string(lexicon_root().join("scripts.toml")).expect("scripts.toml");
    let mut found = Vec::new();
    for table in text.split("\n[").skip(1) {
        let (name, body) = table.split_once(']').expect("a table name");
        let lines: Vec<&str> = body.lines().collect();
        let blocks: Vec<(u32, u32)> = toml_value(&lines, "blocks")
            .expect("blocks")
            .trim_matches(|c| c == '[' || c == ']')
            .split(',')
            .map(|block| {
                let (low, high) = block.trim().trim_matches('"').split_once('-').expect("a-b");
                let hex = |part| u32::from_str_radix(part, 16).expect("hex");
                (hex(low), hex(high))
            })
            .collect();
        found.push(Script {
            name: name.to_owned(),
            syllabic: toml_value(&lines, "syllabic") == Some("true"),
            prefixes: lead_bytes(&blocks),
            languages: Vec::new(),
        });
    }
    found
}

/// `_lead_bytes` of language.py for one script's blocks, with `_whole_leads`.
fn lead_bytes(blocks: &[(u32, u32)]) -> Vec<Vec<u8>> {
    let mut prefixes: BTreeSet<Vec<u8>> = BTreeSet::new();
    for &(low, high) in blocks {
        let mut code = low.max(0x80);
        while code <= high {
            if let Some(c) = char::from_u32(code) {
                let mut buffer = [0; 4];
                let encoded = c.encode_utf8(&mut buffer).as_bytes();
                let keep = if encoded.len() == 2 { 1 } else { 2 };
                prefixes.insert(encoded[..keep].to_vec());
            }
            code = (code / 64 + 1) * 64;
        }
    }
    let mut leads: HashMap<u8, BTreeSet<Vec<u8>>> = HashMap::new();
    for prefix in prefixes.iter().filter(|p| p.len() == 2) {
        leads.entry(prefix[0]).or_default().insert(prefix.clone());
    }
    let mut whole: BTreeSet<Vec<u8>> = prefixes.iter().filter(|p| p.len() == 1).cloned().collect();
    for (lead, seconds) in leads {
        let range = match lead {
            0xE0 => 0xA0..0xC0,
            0xED => 0x80..0xA0,
            _ => 0x80..0xC0,
        };
        if range
            .clone()
            .all(|second| seconds.contains(&vec![lead, second]))
        {
            whole.insert(vec![lead]);
        } else {
            whole.extend(seconds);
        }
    }
    whole.into_iter().collect()
}

/// `_guesser` of language.py.
fn guesser() -> LanguageGuesser {
    let langs = languages();
    let mut writers: HashMap<String, Vec<String>> = HashMap::new();
    for lang in &langs {
        writers
            .entry(language_facts(lang).0)
            .or_default()
            .push(lang.clone());
    }
    let mut scripts = scripts();
    for script in &mut scripts {
        script.languages = writers.get(&script.name).cloned().unwrap_or_default();
    }
    let mut owners: HashMap<String, Vec<String>> = HashMap::new();
    for lang in &langs {
        for word in load_lines(lang, "stopwords") {
            owners
                .entry(casefold(&word))
                .or_default()
                .push(lang.clone());
        }
    }
    let stopwords = owners
        .into_iter()
        .map(|(word, langs)| {
            let weight = 1.0 / langs.len() as f64;
            (word, langs.into_iter().map(|lang| (lang, weight)).collect())
        })
        .collect();
    LanguageGuesser::new(scripts, stopwords).expect("the scripts' prefixes are valid")
}

/// `rules_for` of rejoin.py: the joiner of each shipped language, and the default one.
fn joiners() -> Vec<Joiner> {
    let default: Vec<&str> = CONTINUING_WORDS.split_whitespace().collect();
    let mut built = vec![Joiner::new(false, true, &default)];
    for lang in languages() {
        let (_, spaceless, hyphenates) = language_facts(&lang);
        let own: BTreeSet<String> = load_lines(&lang, "continuing_words")
            .iter()
            .map(|w| casefold(w))
            .collect();
        let own: Vec<String> = own.into_iter().collect();
        let words: Vec<&str> = if own.is_empty() {
            default.clone()
        } else {
            own.iter().map(String::as_str).collect()
        };
        built.push(Joiner::new(spaceless, hyphenates, &words));
    }
    built
}

/// The later matchers, built once.
pub struct Later {
    /// The ad matchers of English alone and of every language merged.
    pub ads: [AdMatcher; 2],
    /// The chrome matchers of English alone and of every language merged.
    pub chrome: [ChromeMatcher; 2],
    pub guesser: LanguageGuesser,
    /// The codes `guess` may answer: the shipped languages and "und".
    pub codes: BTreeSet<String>,
    /// The default rules' joiner, then each language's.
    pub joiners: Vec<Joiner>,
}

/// The later matchers, built on first use.
pub fn later() -> &'static Later {
    static BUILT: OnceLock<Later> = OnceLock::new();
    BUILT.get_or_init(|| {
        let english = Lexicon::new(vec!["en".to_owned()]);
        let merged = Lexicon::new(languages());
        let mut codes: BTreeSet<String> = languages().into_iter().collect();
        codes.insert(_core::language::UNDETERMINED.to_owned());
        Later {
            ads: [ad_matcher(&english), ad_matcher(&merged)],
            chrome: [chrome_matcher(&english), chrome_matcher(&merged)],
            guesser: guesser(),
            codes,
            joiners: joiners(),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The doctests of `guess_language` in language.py: the guess is built as Python's.
    #[test]
    fn guesser_answers_as_pythons() {
        let guesser = guesser();
        let de = "Der Gemeinderat hat am Montag über den Haushalt abgestimmt.";
        assert_eq!(guesser.guess(de), "de");
        assert_eq!(guesser.guess("市议会周一就预算进行了表决。"), "zh");
        assert_eq!(guesser.guess("市議会は月曜日に予算を可決した。"), "ja");
        assert_eq!(guesser.guess("12 34 56"), "und");
    }

    /// `rules_for("ja")` and `rules_for("ko")`: spaceless Japanese, unhyphenated Korean.
    #[test]
    fn language_facts_as_pythons() {
        assert_eq!(language_facts("ja"), ("Kana".to_owned(), true, false));
        assert_eq!(language_facts("ko"), ("Hangul".to_owned(), false, false));
    }
}
