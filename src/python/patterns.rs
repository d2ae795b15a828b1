//! User patterns: `UserPatterns` (a family's patterns, matched on whole lines) and `pattern_error`.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyTuple;

use super::guarded;
use crate::patterns;

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<UserPatterns>()?;
    module.add_function(wrap_pyfunction!(pattern_error, module)?)?;
    Ok(())
}

/// A filter family's user patterns, compiled once: `fullmatch(line)` says whether
/// any of them matches the whole line, ignoring case, in time linear in the line.
#[pyclass(frozen, module = "cleaner._core")]
struct UserPatterns {
    inner: patterns::UserPatterns,
}

#[pymethods]
impl UserPatterns {
    /// Compile `patterns`; a ValueError names the first one that cannot be used
    /// ("patterns[1]: ...") and why, in one line.
    #[new]
    fn new(py: Python<'_>, patterns: Vec<String>) -> PyResult<Self> {
        let built = guarded(py, "UserPatterns", |_| {
            patterns::UserPatterns::new(&patterns)
        })?;
        match built {
            Ok(inner) => Ok(Self { inner }),
            Err(error) => {
                let message = match error.index {
                    Some(index) => {
                        format!("patterns[{index}]: {}", error.message)
                    }
                    None => error.message,
                };
                Err(PyValueError::new_err(message))
            }
        }
    }

    /// Whether one of the patterns matches all of `text`.
    fn fullmatch(&self, py: Python<'_>, text: &str) -> PyResult<bool> {
        // The input is one line: a panic is reported at its start.
        guarded(py, "UserPatterns.fullmatch", |_| self.inner.fullmatch(text))
    }

    /// The patterns as given.
    #[getter]
    fn patterns<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.inner.patterns())
    }

    fn __len__(&self) -> usize {
        self.inner.patterns().len()
    }

    /// Pickled as its patterns: a worker process compiles them again.
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, (Bound<'py, PyTuple>,))> {
        let patterns = slf.get().patterns(slf.py())?;
        Ok((slf.get_type().into_any(), (patterns,)))
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "UserPatterns({})",
            self.patterns(py)?.repr()?.to_str()?
        ))
    }
}

/// Why `pattern` cannot be a user pattern, in one line; None when it can.
#[pyfunction]
fn pattern_error(py: Python<'_>, pattern: &str) -> PyResult<Option<String>> {
    guarded(py, "pattern_error", |_| patterns::pattern_error(pattern))
}
