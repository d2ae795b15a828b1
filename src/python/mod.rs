//! `cleaner._core`: the PyO3 layer. No logic of its own: it converts, releases the
//! GIL where the work allows, and turns a panic into a Python exception.

mod ads;
mod bylines;
mod captions;
mod chrome;
mod comments;
mod dates;
mod furniture;
mod joins;
mod language;
mod lines;
mod patterns;
mod score;
mod widgets;

use std::any::Any;
use std::cell::RefCell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Once;

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

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
pub(crate) fn guarded<T>(
    py: Python<'_>,
    entry: &str,
    work: impl FnOnce(&AtomicUsize) -> T,
) -> PyResult<T> {
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

/// Panic on purpose after noting `position`: how the tests see that a panic in
/// the core becomes a Python exception with the input's position.
#[pyfunction]
fn _panic_for_test(py: Python<'_>, position: usize) -> PyResult<()> {
    guarded(py, "_panic_for_test", |progress| {
        progress.store(position, Ordering::Relaxed);
        panic!("a deliberate panic");
    })
}

/// The module: each part of the core adds its functions from its own file.
#[pymodule]
fn _core(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_function(wrap_pyfunction!(_panic_for_test, module)?)?;
    lines::register(module)?;
    patterns::register(module)?;
    score::register(module)?;
    dates::register(module)?;
    bylines::register(module)?;
    captions::register(module)?;
    chrome::register(module)?;
    comments::register(module)?;
    widgets::register(module)?;
    language::register(module)?;
    joins::register(module)?;
    ads::register(module)?;
    furniture::register(module)?;
    Ok(())
}
