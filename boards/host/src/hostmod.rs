//! `host`: the host board's own native module (registered through
//! `Platform::native_modules`, the way any board adds modules): what a script
//! run on the simulator may want from the machine it runs on.
//!
//! - `host.getenv(key, default=None)`: an environment variable;
//! - `host.getcwd()`: the working folder;
//! - `host.listdir(path='.')`: the names in a folder, sorted.

use runtime::builtins::B;
use runtime::modules::NativeModule;
use runtime::native::args::{ArgSpec, Bound};
use runtime::native::FnDef;
use runtime::{PyResult, Value, Vm};

pub static HOST: NativeModule = NativeModule {
    name: "host",
    functions: &[
        FnDef::none("getcwd", getcwd),
        FnDef {
            spec: ArgSpec {
                name: "getenv",
                params: "key default",
                npos: 2,
                posonly: 0,
                required: 1,
                flags: 0,
                defaults: &[Value::NONE],
            },
            call: getenv,
        },
        FnDef {
            spec: ArgSpec {
                name: "listdir",
                params: "path",
                npos: 1,
                posonly: 0,
                required: 0,
                flags: 0,
                defaults: &[],
            },
            call: listdir,
        },
    ],
    attrs: &[],
    consts: &[],
    methods: &[],
    init: None,
};

fn getenv(vm: &mut Vm, a: &Bound) -> PyResult<Value> {
    let key = a.str(vm, 0)?;
    match std::env::var(&key) {
        Ok(v) => vm.new_str(v.as_bytes()),
        Err(_) => Ok(a.req(1)),
    }
}

fn getcwd(vm: &mut Vm, _: &Bound) -> PyResult<Value> {
    match std::env::current_dir() {
        Ok(p) => vm.new_str(p.to_string_lossy().as_bytes()),
        Err(e) => Err(os_error(vm, &e, ".")),
    }
}

fn listdir(vm: &mut Vm, a: &Bound) -> PyResult<Value> {
    let path = if a.get(0).is_some() { a.str(vm, 0)? } else { String::from(".") };
    let mut names: Vec<String> = match std::fs::read_dir(&path) {
        Ok(rd) => rd.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect(),
        Err(e) => return Err(os_error(vm, &e, &path)),
    };
    names.sort();
    let list = vm.new_list(&[])?;
    vm.rooted(&[list], |vm| {
        names.iter().try_for_each(|n| {
            let s = vm.new_str(n.as_bytes())?;
            vm.list_push(list, s)
        })
    })?;
    Ok(list)
}

/// CPython's text: `[Errno 2] No such file or directory: 'x'`, as the matching OSError subclass.
fn os_error(vm: &mut Vm, e: &std::io::Error, path: &str) -> runtime::vm::Raised {
    let class = match e.kind() {
        std::io::ErrorKind::NotFound => B::FileNotFoundError,
        std::io::ErrorKind::PermissionDenied => B::PermissionError,
        _ if e.raw_os_error() == Some(20) => B::NotADirectoryError,
        _ => B::OSError,
    };
    let text = e.to_string();
    let text = text.split(" (os error").next().unwrap_or(&text);
    let msg = match e.raw_os_error() {
        Some(n) => format!("[Errno {n}] {text}: '{path}'"),
        None => format!("{text}: '{path}'"),
    };
    vm.raise_msg(class, &msg)
}

/// The host board's native modules, for `Platform::native_modules`.
pub static MODULES: &[&NativeModule] = &[&HOST];
