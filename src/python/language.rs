//! The language guess: `LanguageGuesser`.

use std::collections::HashMap;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use super::guarded;
use crate::language::{self, Script};

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<LanguageGuesser>()?;
    Ok(())
}

/// A script as Python hands it over: (name, syllabic, UTF-8 prefixes, languages).
type ScriptFields = (String, bool, Vec<Vec<u8>>, Vec<String>);

/// The language guess over the lexicons' data, built once (`cleaner.language`).
#[pyclass(frozen, module = "cleaner._core")]
struct LanguageGuesser {
    inner: language::LanguageGuesser,
}

#[pymethods]
impl LanguageGuesser {
    /// Build from the scripts, in order: (name, syllabic, UTF-8 prefixes, languages
    /// that write it); and each case-folded function word with (language, weight).
    #[new]
    #[pyo3(signature = (*, scripts, stopwords))]
    fn new(
        py: Python<'_>,
        scripts: Vec<ScriptFields>,
        stopwords: HashMap<String, Vec<(String, f64)>>,
    ) -> PyResult<Self> {
        let scripts = scripts
            .into_iter()
            .map(|(name, syllabic, prefixes, languages)| Script {
                name,
                syllabic,
                prefixes,
                languages,
            })
            .collect();
        let inner = guarded(py, "LanguageGuesser", |_| {
            language::LanguageGuesser::new(scripts, stopwords)
        })?
        .map_err(PyValueError::new_err)?;
        Ok(LanguageGuesser { inner })
    }

    /// The ISO 639-1 code of `text`'s language, or "und".
    fn guess(&self, py: Python<'_>, text: &str) -> PyResult<String> {
        guarded(py, "LanguageGuesser.guess", |_| {
            self.inner.guess(text).to_owned()
        })
    }
}
