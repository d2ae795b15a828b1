//! The line table: `split_lines`, `phrase_key`, `is_blank_text`.

use std::sync::atomic::Ordering;

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyString, PyTuple, PyType};

use super::guarded;
use crate::lines;

pub(super) fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(split_lines, module)?)?;
    module.add_function(wrap_pyfunction!(phrase_key, module)?)?;
    module.add_function(wrap_pyfunction!(is_blank_text, module)?)?;
    Ok(())
}

/// `tuple.__new__`, which builds a `Line` (a named tuple) from its fields without
/// going through the named tuple's Python-level `__new__`.
pub(super) fn tuple_new(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
    static TUPLE_NEW: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    TUPLE_NEW
        .get_or_try_init(py, || {
            Ok::<_, PyErr>(py.get_type::<PyTuple>().getattr("__new__")?.unbind())
        })
        .map(|new| new.bind(py))
}

/// The lines of `text` as instances of `line_type` (`cleaner.document.Line`):
/// (number, start, text, stripped, key), offsets in characters.
#[pyfunction]
fn split_lines<'py>(
    py: Python<'py>,
    text: &str,
    line_type: &Bound<'py, PyType>,
) -> PyResult<Bound<'py, PyList>> {
    let records = guarded(py, "split_lines", |progress| {
        let records = lines::split_lines(text);
        progress.store(
            records.last().map_or(0, |line| line.start),
            Ordering::Relaxed,
        );
        records
    })?;
    let new = tuple_new(py)?;
    let empty = PyString::new(py, "");
    let mut made = Vec::with_capacity(records.len());
    for record in &records {
        let line_text = PyString::new(py, record.text);
        let stripped = if record.stripped.is_empty() {
            empty.clone()
        } else if record.stripped.len() == record.text.len() {
            line_text.clone()
        } else {
            PyString::new(py, record.stripped)
        };
        let key = if record.key.is_empty() {
            empty.clone()
        } else if record.key.len() == record.stripped.len() && record.key == record.stripped {
            stripped.clone()
        } else {
            PyString::new(py, &record.key)
        };
        let fields = PyTuple::new(
            py,
            [
                record.number.into_pyobject(py)?.into_any(),
                record.start.into_pyobject(py)?.into_any(),
                line_text.into_any(),
                stripped.into_any(),
                key.into_any(),
            ],
        )?;
        made.push(new.call1((line_type, fields))?);
    }
    PyList::new(py, made)
}

/// `phrase_key` of one string (see `lines::phrase_key`).
#[pyfunction]
fn phrase_key(py: Python<'_>, text: &str) -> PyResult<String> {
    guarded(py, "phrase_key", |_| lines::phrase_key(text).into_owned())
}

/// Whether `text` shows nothing: only whitespace and invisible characters.
#[pyfunction]
fn is_blank_text(text: &str) -> bool {
    lines::is_blank_text(text)
}
