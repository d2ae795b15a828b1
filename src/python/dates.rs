//! The date patterns of the `timestamps` filter: `DateMatcher`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyString;

use super::guarded;
use crate::dates::{self, DateWords, Verdict};

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<DateMatcher>()?;
    Ok(())
}

/// The date patterns of one lexicon, compiled once (`cleaner.filters.timestamps`).
#[pyclass(frozen, module = "cleaner._core")]
struct DateMatcher {
    inner: dates::DateMatcher,
}

type Templates = Vec<(Vec<String>, Vec<String>)>;

#[pymethods]
impl DateMatcher {
    /// Build from the lexicon's words: month and weekday names, labels, connectors,
    /// day periods, and per language (time units, templates) of relative and
    /// reading times.
    #[new]
    #[pyo3(signature = (*, months, weekdays, labels, connectors, periods, relative, reading))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        months: Vec<String>,
        weekdays: Vec<String>,
        labels: Vec<String>,
        connectors: Vec<String>,
        periods: Vec<String>,
        relative: Templates,
        reading: Templates,
    ) -> PyResult<Self> {
        let words = DateWords {
            months,
            weekdays,
            labels,
            connectors,
            periods,
            relative,
            reading,
        };
        let inner = guarded(py, "DateMatcher", |_| dates::DateMatcher::new(&words))?
            .map_err(PyValueError::new_err)?;
        Ok(DateMatcher { inner })
    }

    /// "relative_time", "absolute_date", "reading_time" or None for `text`, with
    /// relative (and reading) times and absolute dates looked for only when asked.
    fn rule_for_text<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
        relative: bool,
        absolute: bool,
    ) -> PyResult<Option<Bound<'py, PyString>>> {
        let Ok(text) = text.to_str() else {
            // A lone surrogate, which no part of a date matches: no date line.
            return Ok(None);
        };
        let verdict = guarded(py, "DateMatcher.rule_for_text", |_| {
            self.inner.verdict(text, relative, absolute)
        })?;
        Ok(verdict.map(|verdict| {
            match verdict {
                Verdict::RelativeTime => pyo3::intern!(py, "relative_time"),
                Verdict::AbsoluteDate => pyo3::intern!(py, "absolute_date"),
                Verdict::ReadingTime => pyo3::intern!(py, "reading_time"),
            }
            .clone()
        }))
    }

    /// The cheap checks that every date line passes.
    fn could_be_date(&self, py: Python<'_>, text: &str) -> PyResult<bool> {
        guarded(py, "DateMatcher.could_be_date", |_| {
            self.inner.could_be_date(text)
        })
    }

    /// Whether the whole-line patterns alone match `text`: (relative time,
    /// absolute date, reading time).
    fn patterns(&self, py: Python<'_>, text: &str) -> PyResult<(bool, bool, bool)> {
        guarded(py, "DateMatcher.patterns", |_| self.inner.patterns(text))
    }

    /// Whether every reading time holds a number, so that a line without a digit
    /// can only be a relative time.
    #[getter]
    fn digitless_relative_only(&self) -> bool {
        self.inner.digitless_relative_only()
    }
}
