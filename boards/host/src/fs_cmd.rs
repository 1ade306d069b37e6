//! `frostpy fs`: littlefs images on the host, the way `mpremote fs` works on
//! a device. Every command mounts a copy of the image in memory; one that
//! changes it replaces the image file only when it has succeeded.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Subcommand;
use fs::{Config, Error, FileFlash, Kind, MemFlash, OpenFlags, Volume};

#[derive(Subcommand)]
pub enum FsCommand {
    /// Make an empty littlefs image (a file of SIZE bytes).
    Mkfs {
        image: PathBuf,
        /// Image size: bytes, or with k or m (256k, 1m).
        #[arg(long, value_parser = parse_size)]
        size: usize,
        /// littlefs block size (the flash's erase block): a power of two, at least 128.
        #[arg(long, default_value = "4096", value_parser = parse_block)]
        block: u32,
        /// Replace an existing file.
        #[arg(long)]
        force: bool,
    },
    /// Copy a file, or a directory recursively, into the image.
    Put {
        image: PathBuf,
        local: PathBuf,
        /// Where in the image (default: the local name at the root; into it if it is a directory).
        remote: Option<String>,
        /// Compile .py files to .fpc on the way (as `frostpy compile`).
        #[arg(long)]
        compile: bool,
        #[command(flatten)]
        geometry: Geometry,
    },
    /// Copy a file out of the image (to LOCAL, default its name in the current directory).
    Get {
        image: PathBuf,
        remote: String,
        local: Option<PathBuf>,
        #[command(flatten)]
        geometry: Geometry,
    },
    /// List a directory of the image.
    Ls {
        image: PathBuf,
        #[arg(default_value = "/")]
        path: String,
        /// Long listing: type and size.
        #[arg(short = 'l')]
        long: bool,
        #[command(flatten)]
        geometry: Geometry,
    },
    /// Print a file of the image.
    Cat {
        image: PathBuf,
        path: String,
        #[command(flatten)]
        geometry: Geometry,
    },
    /// Remove a file or an empty directory (-r: a directory and everything in it).
    Rm {
        image: PathBuf,
        path: String,
        #[arg(short = 'r')]
        recursive: bool,
        #[command(flatten)]
        geometry: Geometry,
    },
    /// Make a directory in the image.
    Mkdir {
        image: PathBuf,
        path: String,
        #[command(flatten)]
        geometry: Geometry,
    },
    /// Show the image's files as a tree, with sizes.
    Tree {
        image: PathBuf,
        #[arg(default_value = "/")]
        path: String,
        #[command(flatten)]
        geometry: Geometry,
    },
    /// Show the image's size and free space.
    Df {
        image: PathBuf,
        #[command(flatten)]
        geometry: Geometry,
    },
}

#[derive(clap::Args)]
pub struct Geometry {
    /// The image's block size (default: found by trying the usual ones).
    #[arg(long, value_parser = parse_block)]
    block: Option<u32>,
}

fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim().to_ascii_lowercase();
    let (num, mult) = match t.as_bytes().last() {
        Some(b'k') => (&t[..t.len() - 1], 1024),
        Some(b'm') => (&t[..t.len() - 1], 1024 * 1024),
        _ => (t.as_str(), 1),
    };
    let n: usize = num.parse().map_err(|_| format!("'{s}' is not a size (try 64k, 256k or 1m)"))?;
    n.checked_mul(mult).filter(|b| *b <= 1 << 31).ok_or_else(|| format!("'{s}' is too large (at most 2048m)"))
}

fn parse_block(s: &str) -> Result<u32, String> {
    match s.trim().parse::<u32>() {
        Ok(b) if b >= 128 && b.is_power_of_two() => Ok(b),
        _ => Err(format!("'{s}' is not a block size (a power of two from 128, e.g. 4096)")),
    }
}

/// Block sizes tried when the image does not say (most common first).
const BLOCKS: [u32; 10] = [4096, 512, 1024, 2048, 8192, 16384, 256, 128, 32768, 65536];

/// One failed command: the message, already one line.
struct Fail(String);

type Res<T> = Result<T, Fail>;

pub fn run(cmd: FsCommand) -> ExitCode {
    let r = match cmd {
        FsCommand::Mkfs { image, size, block, force } => mkfs(&image, size, block, force),
        FsCommand::Put { image, local, remote, compile, geometry } => {
            with_volume(&image, true, geometry.block, |v| put(v, &image, &local, remote, compile))
        }
        FsCommand::Get { image, remote, local, geometry } => {
            with_volume(&image, false, geometry.block, |v| get(v, &image, &remote, local))
        }
        FsCommand::Ls { image, path, long, geometry } => {
            with_volume(&image, false, geometry.block, |v| ls(v, &image, &path, long))
        }
        FsCommand::Cat { image, path, geometry } => {
            with_volume(&image, false, geometry.block, |v| cat(v, &image, &path))
        }
        FsCommand::Rm { image, path, recursive, geometry } => {
            with_volume(&image, true, geometry.block, |v| rm(v, &image, &path, recursive))
        }
        FsCommand::Mkdir { image, path, geometry } => with_volume(&image, true, geometry.block, |v| {
            let p = remote_path(&path);
            v.mkdir(&p).map_err(|e| fail(&image, &p, e))
        }),
        FsCommand::Tree { image, path, geometry } => {
            with_volume(&image, false, geometry.block, |v| tree(v, &image, &path))
        }
        FsCommand::Df { image, geometry } => with_volume(&image, false, geometry.block, |v| df(v, &image)),
    };
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(msg)) => {
            eprintln!("frostpy fs: {msg}");
            ExitCode::from(1)
        }
    }
}

/// An error on a path in the image, with what to do about it.
fn fail(image: &Path, path: &str, e: Error) -> Fail {
    let img = image.display();
    let hint = match e {
        Error::NotFound => format!(" (see `frostpy fs ls {img}`)"),
        Error::NoSpace => format!(" (`frostpy fs df {img}` shows the space; mkfs a larger image)"),
        Error::NotEmpty => " (rm -r removes a directory with its content)".into(),
        Error::Corrupt | Error::Io => format!(": the image is damaged; make a new one with `frostpy fs mkfs {img}`"),
        _ => String::new(),
    };
    Fail(format!("{path}: {e}{hint}"))
}

/// The path in the image: absolute, no trailing slash.
fn remote_path(p: &str) -> String {
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        "/".into()
    } else if t.starts_with('/') {
        t.into()
    } else {
        format!("/{t}")
    }
}

fn join(dir: &str, name: &str) -> String {
    if dir == "/" {
        format!("/{name}")
    } else {
        format!("{dir}/{name}")
    }
}

fn mkfs(image: &Path, size: usize, block: u32, force: bool) -> Res<()> {
    let img = image.display();
    if size % block as usize != 0 || size / (block as usize) < 2 {
        return Err(Fail(format!(
            "--size {size} is not a whole number of {block}-byte blocks (at least 2); try --size 256k"
        )));
    }
    if image.exists() && !force {
        return Err(Fail(format!("{img} exists (add --force to replace it)")));
    }
    let flash = FileFlash::create(image, size).map_err(|e| Fail(format!("cannot write {img}: {e}")))?;
    let config = Config::for_device(&flash, block);
    let mut v = Volume::new(flash, config).map_err(|e| Fail(format!("{img}: {e}")))?;
    v.format().and_then(|_| v.mount()).and_then(|_| v.unmount()).map_err(|e| Fail(format!("{img}: {e}")))
}

/// The device the commands work on: the image, in memory.
type Vol<'a> = Volume<MemFlash<'a, 128, 1>>;

/// Mounts a copy of the image in memory (trying block sizes unless one is
/// given) and runs `f` on it. When `write` is set and `f` succeeds, the new
/// image replaces the old one at once (written beside it, then renamed), so
/// an image that did not mount, or a command that failed, is never written.
fn with_volume(image: &Path, write: bool, block: Option<u32>, f: impl FnOnce(&mut Vol<'_>) -> Res<()>) -> Res<()> {
    let img = image.display();
    let bytes = std::fs::read(image).map_err(|e| {
        Fail(format!("cannot read {img}: {e} (make an image with `frostpy fs mkfs {img} --size 256k`)"))
    })?;
    let len = bytes.len();
    let blocks: Vec<u32> = match block {
        Some(b) => vec![b],
        None => BLOCKS.iter().copied().filter(|b| len % *b as usize == 0 && len / *b as usize >= 2).collect(),
    };
    for b in blocks {
        let mut copy = bytes.clone();
        let flash = MemFlash::<'_, 128, 1>::new(&mut copy);
        let config = Config::for_device(&flash, b);
        let Ok(mut v) = Volume::new(flash, config) else { continue };
        if v.mount().is_err() {
            continue;
        }
        f(&mut v)?;
        v.unmount().map_err(|e| fail(image, "/", e))?;
        drop(v);
        if write && copy != bytes {
            let tmp = image.with_extension("tmp-frostpy");
            std::fs::write(&tmp, &copy)
                .and_then(|_| std::fs::rename(&tmp, image))
                .map_err(|e| Fail(format!("cannot write {img}: {e}")))?;
        }
        return Ok(());
    }
    Err(Fail(format!(
        "{img}: not a littlefs image, or damaged{} (make a new one with `frostpy fs mkfs {img} --size N`)",
        if block.is_some() { ", or made with another --block" } else { "" }
    )))
}

fn is_dir(v: &mut Vol<'_>, p: &str) -> bool {
    matches!(v.stat(p), Ok(s) if s.kind == Kind::Dir)
}

fn put(v: &mut Vol<'_>, image: &Path, local: &Path, remote: Option<String>, compile: bool) -> Res<()> {
    let name = local
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| Fail(format!("{}: give a file or directory to copy", local.display())))?;
    let target = match remote {
        Some(r) if !is_dir(v, &remote_path(&r)) => remote_path(&r),
        Some(r) => join(&remote_path(&r), &name),
        None => join("/", &name),
    };
    put_path(v, image, local, &target, compile)
}

fn put_path(v: &mut Vol<'_>, image: &Path, local: &Path, target: &str, compile: bool) -> Res<()> {
    let ldisp = local.display();
    let meta = std::fs::metadata(local).map_err(|e| Fail(format!("cannot read {ldisp}: {e}")))?;
    if meta.is_dir() {
        if !is_dir(v, target) {
            v.mkdir(target).map_err(|e| fail(image, target, e))?;
        }
        let mut entries: Vec<_> = std::fs::read_dir(local)
            .map_err(|e| Fail(format!("cannot read {ldisp}: {e}")))?
            .filter_map(|e| e.ok())
            .collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let name = e.file_name().to_string_lossy().into_owned();
            put_path(v, image, &e.path(), &join(target, &name), compile)?;
        }
        return Ok(());
    }
    let mut data = std::fs::read(local).map_err(|e| Fail(format!("cannot read {ldisp}: {e}")))?;
    let mut target = target.to_string();
    if compile && local.extension().is_some_and(|x| x == "py") {
        let text = String::from_utf8(data).map_err(|_| Fail(format!("{ldisp}: not UTF-8 text")))?;
        data = codegen::compile_source(&text, &crate::display_name(local)).map_err(|e| Fail(e.to_string()))?;
        if let Some(stem) = target.strip_suffix(".py") {
            target = format!("{stem}.fpc");
        }
    }
    write_file(v, &target, &data).map_err(|e| fail(image, &target, e))
}

fn write_file(v: &mut Vol<'_>, path: &str, data: &[u8]) -> Result<(), Error> {
    let fd = v.open(path, OpenFlags::WRITE | OpenFlags::CREATE | OpenFlags::TRUNCATE)?;
    let w = v.write(fd, data);
    let c = v.close(fd);
    w.and(c).map(|_| ())
}

fn read_file(v: &mut Vol<'_>, path: &str) -> Result<Vec<u8>, Error> {
    let fd = v.open(path, OpenFlags::READ)?;
    let mut out = Vec::new();
    let mut buf = vec![0u8; 4096];
    let r = loop {
        match v.read(fd, &mut buf) {
            Ok(0) => break Ok(()),
            Ok(n) => out.extend_from_slice(&buf[..n]),
            Err(e) => break Err(e),
        }
    };
    let c = v.close(fd);
    r.and(c).map(|_| out)
}

fn get(v: &mut Vol<'_>, image: &Path, remote: &str, local: Option<PathBuf>) -> Res<()> {
    let p = remote_path(remote);
    let data = read_file(v, &p).map_err(|e| fail(image, &p, e))?;
    let out = local.unwrap_or_else(|| PathBuf::from(p.rsplit('/').next().unwrap_or("out")));
    let out = if out.is_dir() { out.join(p.rsplit('/').next().unwrap_or("out")) } else { out };
    std::fs::write(&out, data).map_err(|e| Fail(format!("cannot write {}: {e}", out.display())))
}

fn cat(v: &mut Vol<'_>, image: &Path, path: &str) -> Res<()> {
    let p = remote_path(path);
    let data = read_file(v, &p).map_err(|e| fail(image, &p, e))?;
    use std::io::Write;
    std::io::stdout().write_all(&data).map_err(|e| Fail(format!("cannot write output: {e}")))
}

fn ls(v: &mut Vol<'_>, image: &Path, path: &str, long: bool) -> Res<()> {
    let p = remote_path(path);
    let entries = match v.stat(&p).map_err(|e| fail(image, &p, e))?.kind {
        Kind::Dir => v.read_dir(&p).map_err(|e| fail(image, &p, e))?,
        Kind::File => {
            let size = v.stat(&p).map(|s| s.size).unwrap_or(0);
            vec![fs::DirEntry { name: p.rsplit('/').next().unwrap_or("").into(), kind: Kind::File, size }]
        }
    };
    for e in entries {
        let slash = if e.kind == Kind::Dir { "/" } else { "" };
        if long {
            println!(
                "{:>10}  {}{slash}",
                if e.kind == Kind::Dir { "dir".to_string() } else { e.size.to_string() },
                e.name
            );
        } else {
            println!("{}{slash}", e.name);
        }
    }
    Ok(())
}

fn rm(v: &mut Vol<'_>, image: &Path, path: &str, recursive: bool) -> Res<()> {
    let p = remote_path(path);
    if p == "/" {
        return Err(Fail("refusing to remove / (mkfs --force makes an empty image)".into()));
    }
    if recursive && is_dir(v, &p) {
        for e in v.read_dir(&p).map_err(|e| fail(image, &p, e))? {
            rm(v, image, &join(&p, &e.name), true)?;
        }
    }
    v.remove(&p).map_err(|e| fail(image, &p, e))
}

fn tree(v: &mut Vol<'_>, image: &Path, path: &str) -> Res<()> {
    let p = remote_path(path);
    if !is_dir(v, &p) {
        return ls(v, image, &p, true);
    }
    println!("{p}");
    tree_below(v, image, &p, "")
}

fn tree_below(v: &mut Vol<'_>, image: &Path, dir: &str, indent: &str) -> Res<()> {
    let entries = v.read_dir(dir).map_err(|e| fail(image, dir, e))?;
    let n = entries.len();
    for (i, e) in entries.into_iter().enumerate() {
        let last = i + 1 == n;
        let branch = if last { "`-- " } else { "|-- " };
        if e.kind == Kind::Dir {
            println!("{indent}{branch}{}/", e.name);
            let deeper = format!("{indent}{}", if last { "    " } else { "|   " });
            tree_below(v, image, &join(dir, &e.name), &deeper)?;
        } else {
            println!("{indent}{branch}{} ({} B)", e.name, e.size);
        }
    }
    Ok(())
}

fn df(v: &mut Vol<'_>, image: &Path) -> Res<()> {
    let s = v.statvfs().map_err(|e| fail(image, "/", e))?;
    let (bs, total, free) = (s.block_size as u64, s.block_count as u64, s.blocks_free as u64);
    println!("{:>10} {:>10} {:>10} {:>5}  {}", "size", "used", "free", "use%", "block");
    println!(
        "{:>10} {:>10} {:>10} {:>4}%  {} x {}",
        total * bs,
        (total - free) * bs,
        free * bs,
        (total - free) * 100 / total.max(1),
        total,
        bs
    );
    Ok(())
}
