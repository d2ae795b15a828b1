//! The byline patterns of the `bylines` filter: `BylineMatcher`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyString;

use super::guarded;
use crate::bylines::{self, BylineWords};

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<BylineMatcher>()?;
    Ok(())
}

/// The byline patterns of one lexicon, compiled once (`cleaner.filters.bylines`),
/// with the lexicon's date patterns (a `DateMatcher`) to ask about dates.
#[pyclass(frozen, module = "cleaner._core")]
struct BylineMatcher {
    inner: bylines::BylineMatcher,
    dates: Py<PyAny>,
}

impl BylineMatcher {
    /// Run `work` with a date oracle that asks the `DateMatcher`; a Python error
    /// of that call is raised after `work`.
    fn with_dates<T>(
        &self,
        py: Python<'_>,
        entry: &str,
        work: impl FnOnce(&mut dyn FnMut(&str) -> bool) -> T,
    ) -> PyResult<T> {
        let dates = self.dates.bind(py);
        let mut error: Option<PyErr> = None;
        let value = {
            let mut is_date = |text: &str| -> bool {
                if error.is_some() {
                    return false;
                }
                match dates.call_method1(pyo3::intern!(py, "rule_for_text"), (text, true, true)) {
                    Ok(kind) => !kind.is_none(),
                    Err(raised) => {
                        error = Some(raised);
                        false
                    }
                }
            };
            guarded(py, entry, |_| work(&mut is_date))?
        };
        match error {
            Some(raised) => Err(raised),
            None => Ok(value),
        }
    }
}

#[pymethods]
impl BylineMatcher {
    /// Build from the lexicon's byline labels, author box labels and the phrase
    /// keys of its publishers' words, with its `DateMatcher`.
    #[new]
    #[pyo3(signature = (*, labels, box_labels, publishers, dates))]
    fn new(
        py: Python<'_>,
        labels: Vec<String>,
        box_labels: Vec<String>,
        publishers: Vec<String>,
        dates: Py<PyAny>,
    ) -> PyResult<Self> {
        let words = BylineWords {
            labels,
            box_labels,
            publishers,
        };
        let inner = guarded(py, "BylineMatcher", |_| bylines::BylineMatcher::new(&words))?
            .map_err(PyValueError::new_err)?;
        Ok(BylineMatcher { inner, dates })
    }

    /// "byline", "credit", "contact" or None for the stripped line `text` with
    /// phrase key `key`.
    fn rule_for<'py>(
        &self,
        py: Python<'py>,
        text: &str,
        key: &str,
    ) -> PyResult<Option<Bound<'py, PyString>>> {
        let rule = self.with_dates(py, "BylineMatcher.rule_for", |is_date| {
            self.inner.rule_for(text, key, is_date)
        })?;
        Ok(rule.map(|rule| PyString::intern(py, rule)))
    }

    /// "named", "plausible" or "" for a possible source line (stripped).
    fn source_kind<'py>(&self, py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyString>> {
        let kind = guarded(py, "BylineMatcher.source_kind", |_| {
            self.inner.source_kind(text)
        })?;
        Ok(PyString::intern(py, kind))
    }

    /// Whether a line with phrase key `key` may head an author box.
    fn opens_author_box(&self, py: Python<'_>, key: &str) -> PyResult<bool> {
        guarded(py, "BylineMatcher.opens_author_box", |_| {
            self.inner.opens_author_box(key)
        })
    }

    /// Whether the phrase key `key` is an author box label alone.
    fn is_box_label(&self, py: Python<'_>, key: &str) -> PyResult<bool> {
        guarded(py, "BylineMatcher.is_box_label", |_| {
            self.inner.is_box_label(key)
        })
    }

    /// The name an author box heading gives ("About Brigit Katz"), or None.
    fn author_box_name(&self, py: Python<'_>, text: &str) -> PyResult<Option<String>> {
        guarded(py, "BylineMatcher.author_box_name", |_| {
            self.inner.author_box_name(text).map(str::to_owned)
        })
    }

    /// Whether `text` is a name alone: "Carlos Nadalim".
    fn is_name(&self, py: Python<'_>, text: &str) -> PyResult<bool> {
        guarded(py, "BylineMatcher.is_name", |_| self.inner.is_name(text))
    }
}
