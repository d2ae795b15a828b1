//! The per-document work of the language guess (`cleaner/language.py`): letters
//! counted per script, then, for a script that several languages write, their
//! function words.
//!
//! The data (the scripts' UTF-8 prefixes, who writes each script, the stopword
//! weights) is computed in Python from `lexicons/` and handed over once; this is
//! the loop over the first `SAMPLE_CHARS` characters of every document, which
//! case-folds and splits the sample as Python's `str.casefold` and `str.split`
//! do, and adds the weights in Python's order, so that the floating-point
//! scores, and the ties between them, are Python's to the last bit.

use std::collections::HashMap;

use crate::text::{casefold, py_split};

/// How many characters of a document are read.
pub const SAMPLE_CHARS: usize = 20_000;
/// A syllabic script's character weighs this many letters.
const SYLLABIC_WEIGHT: usize = 3;
/// Japanese prose is well over a third kana; Chinese pages quote a kana name at most.
const MIN_KANA_SHARE: f64 = 0.1;
/// Below this weighted count of function words, a Latin-script text is too short to tell.
const MIN_STOPWORD_SCORE: f64 = 2.0;
/// The code of an undetermined language.
pub const UNDETERMINED: &str = "und";

/// One script: whether its characters are syllables, and the UTF-8 prefixes of
/// its characters (a lead byte alone, or the first two bytes of a longer
/// character), as `cleaner.language._lead_bytes` computes them.
#[derive(Debug, Clone)]
pub struct Script {
    pub name: String,
    pub syllabic: bool,
    pub prefixes: Vec<Vec<u8>>,
    /// The shipped languages written in it, in the lexicons' order.
    pub languages: Vec<String>,
}

/// The language guess, built once from the lexicons' data.
#[derive(Debug)]
pub struct LanguageGuesser {
    scripts: Vec<Script>,
    /// Per lead byte, the scripts whose characters it opens on its own.
    by_lead: Vec<Vec<usize>>,
    /// Per two-byte prefix, the scripts whose characters open with it.
    by_pair: HashMap<[u8; 2], Vec<usize>>,
    latin: Option<usize>,
    han: Option<usize>,
    kana: Option<usize>,
    /// Each function word, case-folded, with (language, 1 / number of its languages).
    stopwords: HashMap<String, Vec<(String, f64)>>,
}

impl LanguageGuesser {
    /// Build from the scripts (in the order of `lexicons/scripts.toml`) and the stopword weights.
    pub fn new(
        scripts: Vec<Script>,
        stopwords: HashMap<String, Vec<(String, f64)>>,
    ) -> Result<Self, String> {
        let mut by_lead = vec![Vec::new(); 256];
        let mut by_pair: HashMap<[u8; 2], Vec<usize>> = HashMap::new();
        for (index, script) in scripts.iter().enumerate() {
            for prefix in &script.prefixes {
                match prefix.as_slice() {
                    [lead] if *lead >= 0x80 => by_lead[usize::from(*lead)].push(index),
                    [lead, second] if *lead >= 0xE0 => {
                        by_pair.entry([*lead, *second]).or_default().push(index);
                    }
                    _ => {
                        return Err(format!(
                            "script {}: {prefix:02x?} is no lead byte nor a lead byte and a second",
                            script.name
                        ))
                    }
                }
            }
        }
        let find = |name: &str| scripts.iter().position(|script| script.name == name);
        Ok(LanguageGuesser {
            latin: find("Latin"),
            han: find("Han"),
            kana: find("Kana"),
            scripts,
            by_lead,
            by_pair,
            stopwords,
        })
    }

    /// The ISO 639-1 code of `text`'s language, or `UNDETERMINED`.
    pub fn guess(&self, text: &str) -> &str {
        let sample = match text.char_indices().nth(SAMPLE_CHARS) {
            Some((end, _)) => &text[..end],
            None => text,
        };
        let counts = self.script_counts(sample);
        // The first script of the largest weighted count, as Python's `max` takes it.
        let mut best: Option<(usize, usize)> = None;
        for (index, &count) in counts.iter().enumerate() {
            if count == 0 {
                continue;
            }
            let weight = if self.scripts[index].syllabic {
                SYLLABIC_WEIGHT
            } else {
                1
            };
            if best.is_none_or(|(_, most)| count * weight > most) {
                best = Some((index, count * weight));
            }
        }
        let Some((mut script, _)) = best else {
            return UNDETERMINED;
        };
        if let (Some(han), Some(kana)) = (self.han, self.kana) {
            if script == han || script == kana {
                let (kana_count, han_count) = (counts[kana], counts[han]);
                script = if kana_count as f64 >= MIN_KANA_SHARE * (kana_count + han_count) as f64 {
                    kana
                } else {
                    han
                };
            }
        }
        match self.scripts[script].languages.as_slice() {
            [only] => only,
            _ => self.latin_language(sample),
        }
    }

    /// Letters per script: ASCII letters for Latin, other characters by their UTF-8 prefix.
    fn script_counts(&self, sample: &str) -> Vec<usize> {
        let mut counts = vec![0; self.scripts.len()];
        if let Some(latin) = self.latin {
            counts[latin] += sample.bytes().filter(u8::is_ascii_alphabetic).count();
        }
        if sample.is_ascii() {
            return counts;
        }
        let mut buffer = [0; 4];
        for c in sample.chars().filter(|c| !c.is_ascii()) {
            let bytes = c.encode_utf8(&mut buffer).as_bytes();
            for &script in &self.by_lead[usize::from(bytes[0])] {
                counts[script] += 1;
            }
            if bytes.len() >= 3 {
                if let Some(scripts) = self.by_pair.get(&[bytes[0], bytes[1]]) {
                    for &script in scripts {
                        counts[script] += 1;
                    }
                }
            }
        }
        counts
    }

    /// The Latin-script language whose function words are most frequent in `sample`.
    fn latin_language(&self, sample: &str) -> &str {
        let folded = casefold(sample);
        // The function words in the order they first occur, with their counts (a `Counter`).
        let mut order: Vec<&str> = Vec::new();
        let mut seen: HashMap<&str, usize> = HashMap::new();
        let mut word_counts: Vec<usize> = Vec::new();
        for word in py_split(&folded) {
            let Some((key, _)) = self.stopwords.get_key_value(word) else {
                continue;
            };
            match seen.get(key.as_str()) {
                Some(&at) => word_counts[at] += 1,
                None => {
                    seen.insert(key.as_str(), order.len());
                    order.push(key.as_str());
                    word_counts.push(1);
                }
            }
        }
        // Scores in the order languages first score, added up in Python's order.
        let mut scores: Vec<(&str, f64)> = Vec::new();
        for (word, &count) in order.iter().zip(&word_counts) {
            for (lang, weight) in &self.stopwords[*word] {
                let product = count as f64 * weight;
                match scores.iter_mut().find(|(code, _)| code == lang) {
                    Some((_, score)) => *score += product,
                    None => scores.push((lang, 0.0 + product)),
                }
            }
        }
        // The largest (score, code), as Python's `max(scores, key=lambda c: (scores[c], c))`.
        let mut best: Option<(&str, f64)> = None;
        for &(code, score) in &scores {
            if best.is_none_or(|(best_code, best_score)| {
                score > best_score || (score == best_score && code > best_code)
            }) {
                best = Some((code, score));
            }
        }
        match best {
            Some((code, score)) if score >= MIN_STOPWORD_SCORE => code,
            _ => UNDETERMINED,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn guesser() -> LanguageGuesser {
        let script = |name: &str, syllabic: bool, prefixes: &[&[u8]], languages: &[&str]| Script {
            name: name.to_owned(),
            syllabic,
            prefixes: prefixes.iter().map(|p| p.to_vec()).collect(),
            languages: languages.iter().map(|l| (*l).to_owned()).collect(),
        };
        let scripts = vec![
            script(
                "Latin",
                false,
                &[&[0xC3], &[0xC4], &[0xC5]],
                &["de", "en", "fr"],
            ),
            script(
                "Kana",
                true,
                &[&[0xE3, 0x81], &[0xE3, 0x82], &[0xE3, 0x83]],
                &["ja"],
            ),
            script(
                "Han",
                true,
                &[&[0xE4], &[0xE5], &[0xE6], &[0xE7], &[0xE8], &[0xE9]],
                &["zh"],
            ),
        ];
        let mut stopwords = HashMap::new();
        for (word, langs) in [
            ("the", &["en"][..]),
            ("der", &["de"]),
            ("die", &["de"]),
            ("de", &["fr"]),
        ] {
            let weight = 1.0 / langs.len() as f64;
            stopwords.insert(
                word.to_owned(),
                langs.iter().map(|l| ((*l).to_owned(), weight)).collect(),
            );
        }
        LanguageGuesser::new(scripts, stopwords).expect("valid prefixes")
    }

    #[test]
    fn tells_scripts_and_function_words() {
        let guesser = guesser();
        assert_eq!(guesser.guess("The cat and the dog"), "en");
        assert_eq!(guesser.guess("Der Hund und die Katze"), "de");
        assert_eq!(guesser.guess("市议会周一就预算进行了表决。"), "zh");
        assert_eq!(guesser.guess("市議会は月曜日に予算を可決した。"), "ja");
        assert_eq!(guesser.guess("12 34 56"), UNDETERMINED);
        assert_eq!(guesser.guess("the"), UNDETERMINED); // one function word is too few
    }

    #[test]
    fn reads_only_the_sample() {
        let guesser = guesser();
        let text = format!("{}{}", "x ".repeat(SAMPLE_CHARS / 2), "the ".repeat(100));
        assert_eq!(guesser.guess(&text), UNDETERMINED);
    }

    #[test]
    fn refuses_a_prefix_that_is_no_prefix() {
        let script = Script {
            name: "Odd".to_owned(),
            syllabic: false,
            prefixes: vec![vec![0x41]],
            languages: vec![],
        };
        assert!(LanguageGuesser::new(vec![script], HashMap::new()).is_err());
    }
}
