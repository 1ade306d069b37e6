//! The host board: a heap arena of MCU size, the console on stdout/stderr.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use runtime::frozen::{FrozenModule, FrozenTable};
use runtime::{Config, FoundModule, LoadError, Platform, Stream, Vm};

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
    /// Freeze the modules this manifest names and serve them as a board's
    /// frozen modules (see docs/freeze.md); with no program, run the frozen `main`.
    #[arg(long, value_name = "MANIFEST")]
    pub frozen: Option<std::path::PathBuf>,
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
    Source {
        name: String,
        text: String,
    },
    Image(Vec<u8>),
    /// The frozen module `main` (with `--frozen`).
    FrozenMain,
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
    /// `--frozen`'s modules (before `pylib`'s).
    frozen: FrozenTable<'static>,
}

impl Platform for HostPlatform {
    fn native_modules(&self) -> &'static [&'static runtime::modules::NativeModule] {
        crate::hostmod::MODULES
    }

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

    fn frozen_module(&self, name: &str) -> Option<FrozenModule<'static>> {
        self.frozen.find(name).or_else(|| crate::modules::pylib(name))
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

/// The frozen table of `--frozen`, frozen now and kept for the whole run.
fn frozen_table(args: &BoardArgs) -> Result<FrozenTable<'static>, String> {
    let Some(manifest) = &args.frozen else { return Ok(FrozenTable::EMPTY) };
    let frozen = freeze::freeze_manifest(manifest).map_err(|e| e.to_string())?;
    let bytes: &'static [u8] = Box::leak(frozen.table.into_boxed_slice());
    FrozenTable::new(bytes).map_err(|e| e.to_string())
}

/// Run `program`; `script` is its file (its folder starts `sys.path`), `argv` is `sys.argv`.
pub fn run(program: Program, script: Option<&Path>, argv: Vec<String>, args: &BoardArgs) -> ExitCode {
    let frozen = match frozen_table(args) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("frostpy: {e}");
            return ExitCode::from(1);
        }
    };
    // Images from files are verified; images compiled here are trusted.
    let (image, trusted): (Vec<u8>, bool) = match program {
        Program::FrozenMain => match frozen.find("main") {
            Some(m) => (m.image.to_vec(), true),
            None => {
                eprintln!("frostpy: no module 'main' is frozen by the --frozen manifest");
                return ExitCode::from(1);
            }
        },
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
    let config = Config { recursion_limit: args.recursion_limit, gc_stress: args.gc_stress, ..Config::default() };
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
        let platform = HostPlatform {
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            start: std::time::Instant::now(),
            frozen,
        };
        let mut vm = Vm::new(arena, Box::new(platform), config);
        let argv: Vec<&str> = argv.iter().map(|s| s.as_str()).collect();
        let dirs: Vec<&str> = path.iter().map(|s| s.as_str()).collect();
        if vm.set_argv(&argv).and_then(|_| vm.set_sys_path(&dirs)).is_err() {
            eprintln!("frostpy: the heap is too small to start");
            return 1;
        }
        let code = runtime::boot::run_program(&mut vm, image, "__main__", main_file.as_deref(), trusted);
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
            // The same, machine-readable (the benchmark runner reads it).
            vm.platform.write(
                Stream::Err,
                format!(
                    "frostpy-stats heap_total={} heap_used={} heap_peak={} collections={}\n",
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
