//! `frostpy`: the host toolchain and the Linux simulator board.
//!
//! Exit codes: 0 success, 1 an uncaught Python exception or bad input
//! (syntax error, unreadable or malformed file), 2 bad command-line use.

mod board;
mod fs_cmd;
mod hostmod;
mod modules;
mod size;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(
    name = "frostpy",
    version,
    about = "Python 3 for microcontrollers: compile, inspect and run Python on the host board"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run a script (.py), a compiled module (.fpc), `-c CODE`, or `-` for standard input.
    Run {
        #[command(flatten)]
        board: board::BoardArgs,
        /// Run this source text instead of a file.
        #[arg(short = 'c', value_name = "CODE")]
        code: Option<String>,
        /// The program: a .py or .fpc file, or `-` to read source from standard input.
        #[arg(required_unless_present_any = ["code", "frozen"])]
        file: Option<String>,
        /// Arguments for the program (`sys.argv[1:]`).
        #[arg(trailing_var_arg = true, allow_hyphen_values = true, value_name = "ARGS")]
        args: Vec<String>,
    },
    /// Compile a .py file to a code image (.fpc) that `frostpy run` executes in place.
    Compile {
        /// The Python source file.
        file: PathBuf,
        /// Where to write the image (default: the source path with .fpc).
        #[arg(short = 'o', long = "output", value_name = "OUT.fpc")]
        output: Option<PathBuf>,
    },
    /// Show the register bytecode of a .py or .fpc file.
    Dis {
        /// The .py source or .fpc image.
        file: PathBuf,
    },
    /// Freeze the modules a manifest names into an ELF object (or a raw table) that a board links into flash.
    Freeze {
        /// The manifest (TOML; see docs/freeze.md).
        manifest: PathBuf,
        /// Where to write: an ELF object (.o), or the raw frozen table with --raw.
        #[arg(short = 'o', long = "output", value_name = "OUT")]
        output: PathBuf,
        /// Rust target triple of the firmware that links the object.
        #[arg(long, default_value = "thumbv7m-none-eabi")]
        target: String,
        /// Write the raw frozen table instead of an ELF object.
        #[arg(long)]
        raw: bool,
        /// List the frozen modules and their sizes.
        #[arg(short, long)]
        verbose: bool,
    },
    /// Make and edit littlefs images on the host: mkfs, put, get, ls, cat, rm, mkdir, tree, df.
    Fs {
        #[command(subcommand)]
        command: fs_cmd::FsCommand,
    },
    /// Print the flash and static RAM of a firmware ELF, split into runtime, frozen image and the rest.
    Size {
        /// The firmware (an ELF executable).
        firmware: PathBuf,
        /// Also list sections and a breakdown by crate.
        #[arg(short, long)]
        verbose: bool,
        /// Break flash and static RAM down by component (runtime VM, interpreter loop, builtins,
        /// modules, compiler, float, Unicode tables, core/alloc, frozen data, board) or by crate.
        #[arg(long, value_enum, value_name = "GROUPING")]
        by: Option<size::By>,
        /// Compare with OTHER.elf (the baseline): flash per component (or `--by crate`) in both, and
        /// the change from OTHER to FIRMWARE.
        #[arg(long, value_name = "OTHER.elf")]
        compare: Option<PathBuf>,
        /// Print the totals and the components as JSON.
        #[arg(long, conflicts_with_all = ["by", "compare", "verbose"])]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Run { file, code, board, args } => {
            // sys.argv: the program as named, then its arguments (with -c, the positionals are arguments).
            let mut argv: Vec<String> = Vec::new();
            let (program, script) = match (file, code) {
                (f, Some(code)) => {
                    argv.push("-c".into());
                    argv.extend(f);
                    (board::Program::Source { name: "<string>".into(), text: code }, None)
                }
                (Some(f), None) if f == "-" => {
                    argv.push(f);
                    let mut text = String::new();
                    if let Err(e) = std::io::Read::read_to_string(&mut std::io::stdin(), &mut text) {
                        eprintln!("frostpy: cannot read standard input: {e}");
                        return ExitCode::from(1);
                    }
                    (board::Program::Source { name: "<stdin>".into(), text }, None)
                }
                (Some(f), None) => {
                    let path = PathBuf::from(&f);
                    argv.push(f);
                    match board::Program::from_path(&path) {
                        Ok(p) => (p, Some(path)),
                        Err(msg) => {
                            eprintln!("frostpy: {msg}");
                            return ExitCode::from(1);
                        }
                    }
                }
                (None, None) => (board::Program::FrozenMain, None),
            };
            argv.extend(args);
            board::run(program, script.as_deref(), argv, &board)
        }
        Command::Compile { file, output } => compile(&file, output),
        Command::Dis { file } => dis(&file),
        Command::Freeze { manifest, output, target, raw, verbose } => {
            freeze_cmd(&manifest, &output, &target, raw, verbose)
        }
        Command::Fs { command } => fs_cmd::run(command),
        Command::Size { firmware, verbose, by, compare, json } => size_cmd(&firmware, verbose, by, compare, json),
    }
}

fn size_cmd(
    firmware: &std::path::Path,
    verbose: bool,
    by: Option<size::By>,
    compare: Option<PathBuf>,
    json: bool,
) -> ExitCode {
    let measured = size::measure(firmware).and_then(|r| match &compare {
        Some(other) => size::measure(other).map(|o| (r, Some(o))),
        None => Ok((r, None)),
    });
    let (report, base) = match measured {
        Ok(m) => m,
        Err(e) => {
            eprintln!("frostpy: {e}");
            return ExitCode::from(1);
        }
    };
    match (base, compare) {
        (Some(base), Some(other)) => report.print_compare(
            &base,
            by.unwrap_or(size::By::Component),
            (&firmware.display().to_string(), &other.display().to_string()),
        ),
        _ if json => println!("{}", report.json()),
        _ => {
            report.print(verbose);
            if let Some(by) = by {
                println!();
                report.print_by(by);
            }
        }
    }
    ExitCode::SUCCESS
}

fn freeze_cmd(
    manifest: &std::path::Path,
    output: &std::path::Path,
    target: &str,
    raw: bool,
    verbose: bool,
) -> ExitCode {
    let result = freeze::freeze_manifest(manifest).and_then(|f| {
        let bytes = if raw { f.table.clone() } else { freeze::write_object(&f.table, target)? };
        Ok((f, bytes))
    });
    let (frozen, bytes) = match result {
        Ok(x) => x,
        Err(e) => {
            eprintln!("frostpy: {e}");
            return ExitCode::from(1);
        }
    };
    if let Err(e) = std::fs::write(output, &bytes) {
        eprintln!("frostpy: cannot write {}: {e}", output.display());
        return ExitCode::from(1);
    }
    if verbose {
        for (name, path, len) in &frozen.modules {
            println!("{len:>8}  {name}  ({})", path.display());
        }
        println!("{:>8}  frozen table, {} modules", frozen.table.len(), frozen.modules.len());
    }
    ExitCode::SUCCESS
}

fn compile(file: &PathBuf, output: Option<PathBuf>) -> ExitCode {
    let text = match std::fs::read_to_string(file) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("frostpy: cannot read {}: {e}", file.display());
            return ExitCode::from(1);
        }
    };
    let image = match codegen::compile_source(&text, &display_name(file)) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let out = output.unwrap_or_else(|| file.with_extension("fpc"));
    if let Err(e) = std::fs::write(&out, &image) {
        eprintln!("frostpy: cannot write {}: {e}", out.display());
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

fn dis(file: &PathBuf) -> ExitCode {
    let image = match board::Program::from_path(file) {
        Ok(board::Program::Image(bytes)) => match runtime::verify::verify(&bytes) {
            Ok(_) => bytes,
            Err(e) => {
                eprintln!("frostpy: {}: {e}", file.display());
                return ExitCode::from(1);
            }
        },
        Ok(board::Program::Source { name, text }) => match codegen::compile_source(&text, &name) {
            Ok(i) => i,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(1);
            }
        },
        Ok(board::Program::FrozenMain) => {
            eprintln!("frostpy: {}: nothing to disassemble", file.display());
            return ExitCode::from(1);
        }
        Err(msg) => {
            eprintln!("frostpy: {msg}");
            return ExitCode::from(1);
        }
    };
    match codegen::disassemble(&image) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("frostpy: {}: {e}", file.display());
            ExitCode::from(1)
        }
    }
}

/// The file name as tracebacks show it (the path as given, like CPython).
pub(crate) fn display_name(p: &std::path::Path) -> String {
    p.to_string_lossy().into_owned()
}
