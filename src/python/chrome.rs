//! `ChromeMatcher`: the line tests of `cleaner.filters.chrome`, built once per lexicon.

use pyo3::prelude::*;
use pyo3::types::{PyString, PyTuple};

use super::comments::text_of;
use super::guarded;
use crate::chrome::{self, FooterRule};

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<ChromeMatcher>()
}

/// Cookie banners, breadcrumbs, menu entries and footer lines of one lexicon.
#[pyclass(frozen, module = "cleaner._core")]
struct ChromeMatcher {
    openings: Vec<String>,
    gates: Vec<String>,
    links: Vec<String>,
    inner: chrome::ChromeMatcher,
}

#[pymethods]
impl ChromeMatcher {
    #[new]
    #[pyo3(signature = (openings, gates, links))]
    fn new(
        py: Python<'_>,
        openings: Vec<String>,
        gates: Vec<String>,
        links: Vec<String>,
    ) -> PyResult<Self> {
        let inner = guarded(py, "ChromeMatcher", |_| {
            chrome::ChromeMatcher::new(&openings, &gates, &links)
        })?;
        Ok(ChromeMatcher {
            openings,
            gates,
            links,
            inner,
        })
    }

    /// Rebuilt from its word lists when unpickled.
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyTuple>> {
        let py = slf.py();
        let this = slf.get();
        let args = (
            this.openings.clone(),
            this.gates.clone(),
            this.links.clone(),
        );
        (slf.get_type(), args).into_pyobject(py)
    }

    /// Whether a stripped line is a cookie banner in the site's own voice.
    fn is_cookie_banner(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<bool> {
        let text = text_of(text)?;
        guarded(py, "ChromeMatcher.is_cookie_banner", |_| {
            self.inner.is_cookie_banner(&text)
        })
    }

    /// Whether a stripped line is a breadcrumb trail.
    fn is_breadcrumb(&self, py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<bool> {
        let text = text_of(text)?;
        guarded(py, "ChromeMatcher.is_breadcrumb", |_| {
            self.inner.is_breadcrumb(&text)
        })
    }

    /// Whether a stripped line may be an entry of a menu.
    #[staticmethod]
    fn is_menu_entry(py: Python<'_>, text: &Bound<'_, PyString>) -> PyResult<bool> {
        let text = text_of(text)?;
        guarded(py, "ChromeMatcher.is_menu_entry", |_| {
            chrome::is_menu_entry(&text)
        })
    }

    /// "copyright", "link", "link_row" or None for a stripped line.
    fn footer_rule<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyString>,
    ) -> PyResult<Option<Bound<'py, PyString>>> {
        let text = text_of(text)?;
        let rule = guarded(py, "ChromeMatcher.footer_rule", |_| {
            self.inner.footer_rule(&text)
        })?;
        Ok(rule.map(|rule| {
            match rule {
                FooterRule::Copyright => pyo3::intern!(py, "copyright"),
                FooterRule::Link => pyo3::intern!(py, "link"),
                FooterRule::LinkRow => pyo3::intern!(py, "link_row"),
            }
            .clone()
        }))
    }
}
