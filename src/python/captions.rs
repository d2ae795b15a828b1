//! `CaptionMatcher`: the `captions` filter's verdict on a line and its patterns, built from
//! the lexicons' word lists.

use std::sync::atomic::Ordering;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use super::guarded;
use crate::captions::{self, CaptionWords};
use crate::text::char_len;

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<CaptionMatcher>()
}

/// The line rules and patterns of `cleaner.filters.captions`; positions are in characters.
#[pyclass(frozen, module = "cleaner._core")]
struct CaptionMatcher {
    words: CaptionWords,
    inner: captions::CaptionMatcher,
}

/// The character offset of byte offset `at` in `text`.
fn chars_before(text: &str, at: usize) -> usize {
    char_len(&text[..at])
}

#[pymethods]
impl CaptionMatcher {
    #[new]
    #[pyo3(signature = (agencies, labels, openings, date_labels, months))]
    fn new(
        py: Python<'_>,
        agencies: Vec<String>,
        labels: Vec<String>,
        openings: Vec<String>,
        date_labels: Vec<String>,
        months: Vec<String>,
    ) -> PyResult<Self> {
        let words = CaptionWords {
            agencies,
            labels,
            openings,
            date_labels,
            months,
        };
        let inner = guarded(py, "CaptionMatcher", |_| {
            captions::CaptionMatcher::new(&words)
        })?
        .map_err(PyValueError::new_err)?;
        Ok(Self { words, inner })
    }

    /// Rebuilt from its word lists when unpickled.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let words = &slf.get().words;
        let args = (
            words.agencies.clone(),
            words.labels.clone(),
            words.openings.clone(),
            words.date_labels.clone(),
            words.months.clone(),
        );
        (slf.get_type(), args).into_pyobject(py)
    }

    /// The rule that condemns a stripped line, or None.
    fn rule_for(&self, py: Python<'_>, text: &str) -> PyResult<Option<&'static str>> {
        guarded(py, "CaptionMatcher.rule_for", |_| self.inner.rule_for(text))
    }

    fn lone_label(&self, py: Python<'_>, text: &str) -> PyResult<bool> {
        guarded(py, "CaptionMatcher.lone_label", |_| {
            self.inner.is_lone_label(text)
        })
    }

    #[getter]
    fn has_labels(&self) -> bool {
        self.inner.has_labels()
    }

    fn alone(&self, py: Python<'_>, text: &str) -> PyResult<bool> {
        guarded(py, "CaptionMatcher.alone", |_| self.inner.is_alone(text))
    }

    fn trailing(&self, py: Python<'_>, text: &str) -> PyResult<bool> {
        guarded(py, "CaptionMatcher.trailing", |_| {
            self.inner.is_trailing(text)
        })
    }

    fn agency_closing(&self, py: Python<'_>, text: &str) -> PyResult<Option<usize>> {
        guarded(py, "CaptionMatcher.agency_closing", |_| {
            self.inner
                .agency_closing(text)
                .map(|at| chars_before(text, at))
        })
    }

    fn bare_closing(&self, py: Python<'_>, text: &str) -> PyResult<Option<usize>> {
        guarded(py, "CaptionMatcher.bare_closing", |_| {
            self.inner
                .bare_closing(text)
                .map(|at| chars_before(text, at))
        })
    }

    fn named(&self, py: Python<'_>, text: &str) -> PyResult<bool> {
        guarded(py, "CaptionMatcher.named", |_| self.inner.is_named(text))
    }

    fn label_alone(&self, py: Python<'_>, text: &str) -> PyResult<bool> {
        guarded(py, "CaptionMatcher.label_alone", |_| {
            self.inner.is_label_alone(text)
        })
    }

    fn labelled(&self, py: Python<'_>, text: &str) -> PyResult<bool> {
        guarded(py, "CaptionMatcher.labelled", |_| {
            self.inner.is_labelled(text)
        })
    }

    fn meta_split(&self, py: Python<'_>, text: &str) -> PyResult<Vec<String>> {
        guarded(py, "CaptionMatcher.meta_split", |progress| {
            let pieces = self.inner.meta_split(text);
            progress.store(char_len(text), Ordering::Relaxed);
            pieces.into_iter().map(str::to_owned).collect()
        })
    }

    fn meta_date(&self, py: Python<'_>, text: &str) -> PyResult<bool> {
        guarded(py, "CaptionMatcher.meta_date", |_| {
            self.inner.is_meta_date(text)
        })
    }

    fn opening_end(&self, py: Python<'_>, text: &str) -> PyResult<Option<usize>> {
        guarded(py, "CaptionMatcher.opening_end", |_| {
            self.inner
                .opening_end(text)
                .map(|at| chars_before(text, at))
        })
    }
}
