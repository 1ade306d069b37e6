//! The host board: a heap arena of MCU size, the console on stdout/stderr.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use runtime::builtins::B;
use runtime::{Config, FoundModule, FrozenModule, LoadError, Platform, Stream, Value, Vm};

#[derive(clap::Args)]
pub struct BoardArgs {
    /// Heap arena size, e.g. 16k, 256k, 1m (bytes without a suffix).
    #[arg(long, value_name = "SIZE", default_value = "256k", value_parser = parse_size)]
    heap: usize,
    /// Python call depth at which RecursionError is raised.
    #[arg(long, value_name = "N", default_value_t = 1000)]
    recursion_limit: usize,
    /// Collect garbage before every allocation (slow; finds rooting bugs).
    #[arg(long, hide = true)]
    gc_stress: bool,
    /// Print heap statistics on stderr when the program ends.
    #[arg(long)]
    stats: bool,
}

fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim().to_ascii_lowercase();
    let (num, mult) = match t.as_bytes().last() {
        Some(b'k') => (&t[..t.len() - 1], 1024),
        Some(b'm') => (&t[..t.len() - 1], 1024 * 1024),
        _ => (t.as_str(), 1),
    };
    let n: usize = num.parse().map_err(|_| format!("'{s}' is not a size (try 16k, 256k or 1m)"))?;
    let bytes = n.checked_mul(mult).ok_or_else(|| format!("'{s}' is too large"))?;
    if !(1024..=1 << 30).contains(&bytes) {
        return Err(format!("heap size must be between 1k and 1024m, not '{s}'"));
    }
    Ok(bytes)
}

/// What to run.
pub enum Program {
    Source { name: String, text: String },
    Image(Vec<u8>),
}

impl Program {
    /// Read a file: a code image if it starts with the image magic, else Python source.
    pub fn from_path(path: &Path) -> Result<Program, String> {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
        if bytes.starts_with(&runtime::image::MAGIC) || path.extension().is_some_and(|e| e == "fpc") {
            runtime::image::Image::new(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
            return Ok(Program::Image(bytes));
        }
        match String::from_utf8(bytes) {
            Ok(text) => Ok(Program::Source { name: crate::display_name(path), text }),
            Err(_) => Err(format!("{}: not UTF-8 Python source or a frostpy code image", path.display())),
        }
    }
}

/// The console: buffered stdout, unbuffered stderr (stdout is flushed first so output stays in order).
/// Modules come from the files of `sys.path` (see `modules.rs`) and from `pylib`, frozen in.
struct HostPlatform {
    out: std::io::BufWriter<std::io::Stdout>,
    start: std::time::Instant,
}

impl Platform for HostPlatform {
    fn write(&mut self, stream: Stream, bytes: &[u8]) {
        // A closed pipe is not the program's error: drop output quietly.
        match stream {
            Stream::Out => {
                let _ = self.out.write_all(bytes);
            }
            Stream::Err => {
                let _ = self.out.flush();
                let _ = std::io::stderr().write_all(bytes);
            }
        }
    }

    fn frozen_modules(&self) -> &'static [FrozenModule] {
        crate::modules::FROZEN
    }

    fn find_module(&mut self, name: &str, dirs: &[&str]) -> Result<Option<FoundModule>, LoadError> {
        crate::modules::find_module(name, dirs)
    }

    fn ticks_us(&mut self) -> u64 {
        self.start.elapsed().as_micros() as u64
    }

    fn time_ns(&mut self) -> Option<u64> {
        let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).ok()?;
        Some(now.as_nanos() as u64)
    }

    fn sleep_us(&mut self, us: u64) {
        // Output written before a pause should be seen during it.
        let _ = self.out.flush();
        std::thread::sleep(std::time::Duration::from_micros(us));
    }

    fn random_seed(&mut self) -> u64 {
        let t = self.time_ns().unwrap_or(0);
        t ^ (std::process::id() as u64).rotate_left(32) ^ (self as *const Self as u64)
    }

    fn platform_name(&self) -> &str {
        std::env::consts::OS
    }
}

impl Drop for HostPlatform {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}

/// Run `program`; `script` is its file (its folder starts `sys.path`), `argv` is `sys.argv`.
pub fn run(program: Program, script: Option<&Path>, argv: Vec<String>, args: &BoardArgs) -> ExitCode {
    // Images from files are verified; images compiled here are trusted.
    let (image, trusted): (Vec<u8>, bool) = match program {
        Program::Image(bytes) => (bytes, false),
        Program::Source { name, text } => match codegen::compile_source(&text, &name) {
            Ok(i) => (i, true),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(1);
            }
        },
    };
    let heap_words = args.heap / 4;
    let config = Config { recursion_limit: args.recursion_limit, gc_stress: args.gc_stress };
    let stats = args.stats;
    // As CPython: the script's folder (absolute), or the current folder for -c and stdin;
    // then the folders of FROSTPYPATH.
    let script_abs = script.map(|p| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf()));
    let mut path: Vec<String> = match script_abs.as_ref().and_then(|p| p.parent()) {
        Some(dir) => vec![dir.to_string_lossy().into_owned()],
        None => vec![String::new()],
    };
    if let Some(extra) = std::env::var_os("FROSTPYPATH") {
        path.extend(std::env::split_paths(&extra).map(|p| p.to_string_lossy().into_owned()));
    }
    let main_file = script_abs.map(|p| p.to_string_lossy().into_owned());
    // Rust code calling Python (dunder methods, sort keys) nests interpreter loops: give them room.
    let worker = std::thread::Builder::new().stack_size(256 << 20).spawn(move || {
        let arena: &'static mut [u32] = Box::leak(vec![0u32; heap_words].into_boxed_slice());
        let bytes: &'static [u8] = Box::leak(image.into_boxed_slice());
        let platform = HostPlatform {
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            start: std::time::Instant::now(),
        };
        let mut vm = Vm::new(arena, Box::new(platform), config);
        let argv: Vec<&str> = argv.iter().map(|s| s.as_str()).collect();
        let dirs: Vec<&str> = path.iter().map(|s| s.as_str()).collect();
        if vm.set_argv(&argv).and_then(|_| vm.set_sys_path(&dirs)).is_err() {
            eprintln!("frostpy: the heap is too small to start");
            return 1;
        }
        let loaded = if trusted {
            vm.load_trusted_image(bytes).map_err(|e| e.to_string())
        } else {
            vm.load_image(bytes).map_err(|e| e.to_string())
        };
        let img = match loaded {
            Ok(i) => i,
            Err(e) => {
                eprintln!("frostpy: {e}");
                return 1;
            }
        };
        let code = match vm.run_module(img, "__main__", main_file.as_deref()) {
            Ok(_) => 0,
            Err(_) => exit_status(&mut vm),
        };
        if stats {
            let h = &vm.heap;
            vm.platform.write(
                Stream::Err,
                format!(
                    "heap: {} bytes, {} in use, peak {}, {} collections\n",
                    h.total_bytes(),
                    h.used_bytes(),
                    h.peak_bytes(),
                    h.collections
                )
                .as_bytes(),
            );
        }
        code
    });
    match worker.map(|w| w.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("frostpy: internal error: the interpreter thread failed (please report this with the program)");
            ExitCode::from(70)
        }
    }
}

/// Report the uncaught exception and choose the exit status (SystemExit chooses its own).
fn exit_status(vm: &mut Vm) -> u8 {
    let e = vm.exc;
    if vm.isinstance(e, B::SystemExit.value()) || e == B::SystemExit.value() {
        return vm.system_exit_code(e);
    }
    vm.print_exception(e);
    1
}

/// SystemExit's argument decides the status: None 0, an int itself, anything else is printed and gives 1.
trait SystemExitCode {
    fn system_exit_code(&mut self, e: Value) -> u8;
}

impl SystemExitCode for Vm {
    fn system_exit_code(&mut self, e: Value) -> u8 {
        let arg = self.exception_arg0(e);
        match arg {
            None | Some(Value::NONE) => 0,
            Some(v) => match self.int_value(v) {
                Some(i) => i as u8,
                None => {
                    if let Ok(s) = self.str_of(v) {
                        let mut text = self.str_text(s).to_string();
                        text.push('\n');
                        self.platform.write(Stream::Err, text.as_bytes());
                    }
                    1
                }
            },
        }
    }
}
