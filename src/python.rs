//! `cleaner._core`: the PyO3 layer. No logic of its own: it converts, releases the
//! GIL where the work allows, and turns a panic into a Python exception.

use std::any::Any;
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Once;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyList, PyString, PyTuple, PyType};

use crate::lines;

thread_local! {
    /// Where the last panic of this thread happened, kept by the hook below.
    static PANIC_AT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Panics of this library are reported as Python exceptions, not printed: this
/// hook only notes where they happened. (A cdylib has its own copy of the
/// standard library, so the hook is ours alone.)
fn quiet_panics() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        panic::set_hook(Box::new(|info| {
            let place = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()));
            PANIC_AT.with(|at| *at.borrow_mut() = place);
        }));
    });
}

fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "unknown panic".to_owned()
    }
}

/// Run `work`, which notes in `progress` the character offset it has reached;
/// a panic becomes `cleaner.errors.CoreError` naming the entry point and that offset.
fn guarded<T>(py: Python<'_>, entry: &str, work: impl FnOnce(&AtomicUsize) -> T) -> PyResult<T> {
    quiet_panics();
    let progress = AtomicUsize::new(0);
    match panic::catch_unwind(AssertUnwindSafe(|| work(&progress))) {
        Ok(value) => Ok(value),
        Err(payload) => {
            let place = PANIC_AT
                .with(|at| at.borrow_mut().take())
                .unwrap_or_default();
            let message = format!(
                "the native core failed in {entry} near character {} of the input: {} ({place}); \
                 please report it with the input",
                progress.load(Ordering::Relaxed),
                panic_message(payload.as_ref()),
            );
            Err(core_error(py, message))
        }
    }
}

fn core_error(py: Python<'_>, message: String) -> PyErr {
    static CORE_ERROR: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    match CORE_ERROR.import(py, "cleaner.errors", "CoreError") {
        Ok(kind) => PyErr::from_type(kind.clone(), message),
        Err(_) => PyRuntimeError::new_err(message),
    }
}

/// `tuple.__new__`, which builds a `Line` (a named tuple) from its fields without
/// going through the named tuple's Python-level `__new__`.
fn tuple_new(py: Python<'_>) -> PyResult<&Bound<'_, PyAny>> {
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

/// Panic on purpose after noting `position`: how the tests see that a panic in
/// the core becomes a Python exception with the input's position.
#[pyfunction]
fn _panic_for_test(py: Python<'_>, position: usize) -> PyResult<()> {
    guarded(py, "_panic_for_test", |progress| {
        progress.store(position, Ordering::Relaxed);
        panic!("a deliberate panic");
    })
}

#[pymodule]
fn _core(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(split_lines, module)?)?;
    module.add_function(wrap_pyfunction!(phrase_key, module)?)?;
    module.add_function(wrap_pyfunction!(is_blank_text, module)?)?;
    module.add_function(wrap_pyfunction!(_panic_for_test, module)?)?;
    Ok(())
}
