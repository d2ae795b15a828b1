//! The line patterns of the `widgets` filter: `WidgetMatcher`.

use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use super::comments::text_of;
use super::guarded;
use crate::widgets::{self, Verdict};

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<WidgetMatcher>()
}

/// The widget patterns (`cleaner.filters.widgets`), built from the lexicon's words.
#[pyclass(frozen, module = "cleaner._core")]
struct WidgetMatcher {
    networks: Vec<String>,
    phrases: Vec<String>,
    inner: widgets::WidgetMatcher,
}

#[pymethods]
impl WidgetMatcher {
    #[new]
    #[pyo3(signature = (networks, phrases))]
    fn new(py: Python<'_>, networks: Vec<String>, phrases: Vec<String>) -> PyResult<Self> {
        let inner = guarded(py, "WidgetMatcher", |_| {
            widgets::WidgetMatcher::new(&networks, &phrases)
        })?;
        Ok(WidgetMatcher {
            networks,
            phrases,
            inner,
        })
    }

    /// Rebuilt from its word lists when unpickled.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let this = slf.get();
        let args = (this.networks.clone(), this.phrases.clone());
        (slf.get_type(), args).into_pyobject(py)
    }

    /// "share_bar", "reaction_bar", "prompt", "newsletter", "app_prompt" or None for a
    /// stripped line `text` whose phrase key is `key`.
    fn rule_for<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
        key: &Bound<'py, PyString>,
    ) -> PyResult<Option<Bound<'py, PyString>>> {
        let text = text_of(text)?;
        let key = text_of(key)?;
        let verdict = guarded(py, "WidgetMatcher.rule_for", |_| {
            self.inner.verdict(&text, &key)
        })?;
        Ok(verdict.map(|verdict| {
            match verdict {
                Verdict::ShareBar => pyo3::intern!(py, "share_bar"),
                Verdict::ReactionBar => pyo3::intern!(py, "reaction_bar"),
                Verdict::Prompt => pyo3::intern!(py, "prompt"),
                Verdict::Newsletter => pyo3::intern!(py, "newsletter"),
                Verdict::AppPrompt => pyo3::intern!(py, "app_prompt"),
            }
            .clone()
        }))
    }
}
