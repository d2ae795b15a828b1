//! The line tests of the `ad_markers` filter: `AdMatcher`.

use pyo3::prelude::*;
use pyo3::types::PyTuple;

use super::guarded;
use crate::ads;

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<AdMatcher>()?;
    Ok(())
}

/// The ad labels of one lexicon that may lead a paragraph (`cleaner.filters.ads`).
#[pyclass(frozen, module = "cleaner._core")]
struct AdMatcher {
    inner: ads::AdMatcher,
}

#[pymethods]
impl AdMatcher {
    /// Build from the labels' capitalised and upper-case spellings, in the order
    /// to try them, and their first words, case-folded.
    #[new]
    fn new(spellings: Vec<String>, firsts: Vec<String>) -> Self {
        AdMatcher {
            inner: ads::AdMatcher::new(spellings, firsts),
        }
    }

    /// Pickled as the word lists it is built from: a `Pipeline` goes to worker processes.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let (spellings, firsts) = slf.get().inner.words();
        (slf.get_type(), (spellings, firsts)).into_pyobject(slf.py())
    }

    /// Whether the stripped line `text` is a sponsor's label and nothing else.
    fn is_sponsor_label(&self, py: Python<'_>, text: &str) -> PyResult<bool> {
        guarded(py, "AdMatcher.is_sponsor_label", |_| {
            ads::AdMatcher::is_sponsor_label(text)
        })
    }

    /// The character span of a label glued to the first word of a paragraph, or None.
    fn leading_label(
        &self,
        py: Python<'_>,
        text: &str,
        stripped: &str,
    ) -> PyResult<Option<(usize, usize)>> {
        guarded(py, "AdMatcher.leading_label", |_| {
            self.inner.leading_label(text, stripped)
        })
    }

    /// The character spans of the labels between two sentences of `text`.
    fn inline_labels(&self, py: Python<'_>, text: &str) -> PyResult<Vec<(usize, usize)>> {
        guarded(py, "AdMatcher.inline_labels", |_| {
            ads::AdMatcher::inline_labels(text)
        })
    }

    /// The number of runs of letters and numbers in `text`.
    fn word_count(&self, text: &str) -> usize {
        ads::word_count(text)
    }
}
