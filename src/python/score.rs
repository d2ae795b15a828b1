//! Paragraph shape and weight: `ParagraphScorer`, and the shape tests the filters share.

use std::collections::HashMap;
use std::sync::atomic::Ordering;

use pyo3::prelude::*;
use pyo3::types::{PyList, PyString};

use super::guarded;
use crate::score::{self, Kind, Scorer};
use crate::{shape, text};

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<ParagraphScorer>()?;
    module.add_function(wrap_pyfunction!(is_title, module)?)?;
    module.add_function(wrap_pyfunction!(is_legal, module)?)?;
    module.add_function(wrap_pyfunction!(ends_sentence, module)?)?;
    module.add_function(wrap_pyfunction!(is_list_item, module)?)?;
    module.add_function(wrap_pyfunction!(has_code_signs, module)?)?;
    module.add_function(wrap_pyfunction!(casefolded_words, module)?)?;
    Ok(())
}

/// The weights of paragraphs in the main-content region, against one language's
/// function words: + the length of prose, - for chrome, 0 for what is neither.
#[pyclass(frozen, module = "cleaner._core")]
struct ParagraphScorer {
    inner: Scorer,
}

#[pymethods]
impl ParagraphScorer {
    /// A scorer with `stopwords`, the case-folded function words of a language.
    #[new]
    fn new(stopwords: Vec<String>) -> Self {
        Self {
            inner: Scorer::new(stopwords),
        }
    }

    /// The weight of each of `texts`, in order; a text repeated is scored once.
    fn scores(&self, py: Python<'_>, texts: &Bound<'_, PyList>) -> PyResult<Vec<f64>> {
        let texts: Vec<Bound<'_, pyo3::types::PyString>> = texts
            .iter()
            .map(|text| text.cast_into().map_err(PyErr::from))
            .collect::<PyResult<_>>()?;
        let borrowed: Vec<&str> = texts
            .iter()
            .map(|text| text.to_str())
            .collect::<PyResult<_>>()?;
        guarded(py, "ParagraphScorer.scores", |progress| {
            let mut known: HashMap<&str, f64> = HashMap::new();
            let mut at = 0;
            borrowed
                .iter()
                .map(|&text| {
                    progress.store(at, Ordering::Relaxed);
                    at += text::char_len(text) + 1;
                    *known.entry(text).or_insert_with(|| self.inner.score(text))
                })
                .collect()
        })
    }

    /// The weight of one paragraph.
    fn score(&self, py: Python<'_>, text: &str) -> PyResult<f64> {
        guarded(py, "ParagraphScorer.score", |_| self.inner.score(text))
    }

    /// "prose", "chrome" or "neutral": what the paragraph is to the region, legal
    /// notices aside.
    fn kind(&self, py: Python<'_>, text: &str) -> PyResult<&'static str> {
        guarded(py, "ParagraphScorer.kind", |_| {
            match self.inner.kind(text) {
                Kind::Prose => "prose",
                Kind::Chrome => "chrome",
                Kind::Neutral => "neutral",
            }
        })
    }

    /// A teaser card whose headline a rendering glued to its one-sentence summary.
    fn is_glued_teaser(&self, py: Python<'_>, text: &str) -> PyResult<bool> {
        guarded(py, "ParagraphScorer.is_glued_teaser", |_| {
            self.inner.is_glued_teaser(text)
        })
    }
}

/// A title-case line without figures: `min_words` words of four letters or more,
/// `share` of them capitalised.
#[pyfunction]
#[pyo3(signature = (text, *, min_words, share))]
fn is_title(py: Python<'_>, text: &str, min_words: usize, share: f64) -> PyResult<bool> {
    guarded(py, "is_title", |_| score::is_title(text, min_words, share))
}

/// A copyright line or a legal notice.
#[pyfunction]
fn is_legal(py: Python<'_>, text: &str) -> PyResult<bool> {
    guarded(py, "is_legal", |_| score::is_legal(text))
}

// The shape tests take any Python string, a lone surrogate too (rejoin may be given
// one): read as U+FFFD, which is no bullet, space, sign or sentence end either.

/// Whether `line` ends with sentence-final punctuation, in any script.
#[pyfunction]
fn ends_sentence(line: &Bound<'_, PyString>) -> bool {
    shape::ends_sentence(&line.to_string_lossy())
}

/// A bulleted or numbered line.
#[pyfunction]
fn is_list_item(line: &Bound<'_, PyString>) -> bool {
    shape::is_list_item(&line.to_string_lossy())
}

/// A sign of code: a bracket, `=` or `;`, a call, or a code opening.
#[pyfunction]
fn has_code_signs(line: &Bound<'_, PyString>) -> bool {
    shape::has_code_signs(&line.to_string_lossy())
}

/// The case-folded words (runs of word characters) of `text`.
#[pyfunction]
fn casefolded_words(text: &str) -> Vec<String> {
    text::words(&text::casefold(text))
        .map(str::to_owned)
        .collect()
}
