//! The freeze manifest (TOML): which modules, packages and globs to freeze,
//! with per-entry compile options. See `docs/freeze.md`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::{Error, Result};

/// The manifest file as written.
#[derive(Deserialize, Debug, Default)]
#[serde(deny_unknown_fields)]
struct RawManifest {
    /// Options for every entry of this file (entries add their own).
    #[serde(default)]
    options: Vec<String>,
    /// Other manifests to merge, relative to this one.
    #[serde(default)]
    include: Vec<String>,
    #[serde(default)]
    module: Vec<RawModule>,
    #[serde(default)]
    package: Vec<RawPackage>,
    #[serde(default)]
    glob: Vec<RawGlob>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct RawModule {
    path: String,
    name: Option<String>,
    #[serde(default)]
    options: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct RawPackage {
    path: String,
    name: Option<String>,
    #[serde(default)]
    options: Vec<String>,
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct RawGlob {
    pattern: String,
    /// Dotted package prefix for the matched modules (default: none, top level).
    prefix: Option<String>,
    #[serde(default)]
    options: Vec<String>,
}

/// One module to freeze.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Dotted module name (`pkg` for `pkg/__init__.py`).
    pub name: String,
    pub path: PathBuf,
    /// The file name tracebacks show: the path relative to the manifest that named it.
    pub shown: String,
    pub is_package: bool,
    pub options: codegen::CompileOptions,
}

/// A resolved manifest: every module, sorted by name, and every file read.
#[derive(Debug, Clone, Default)]
pub struct Manifest {
    pub entries: Vec<Entry>,
    /// Manifests and sources it depends on (for `cargo:rerun-if-changed`).
    pub inputs: Vec<PathBuf>,
}

impl Manifest {
    /// Read a manifest and everything it includes; resolve paths and globs.
    pub fn load(path: &Path) -> Result<Manifest> {
        let mut by_name: BTreeMap<String, Entry> = BTreeMap::new();
        let mut inputs = Vec::new();
        load_into(path, &mut by_name, &mut inputs, &mut Vec::new())?;
        Ok(Manifest { entries: by_name.into_values().collect(), inputs })
    }
}

fn load_into(
    path: &Path,
    out: &mut BTreeMap<String, Entry>,
    inputs: &mut Vec<PathBuf>,
    stack: &mut Vec<PathBuf>,
) -> Result<()> {
    let shown = path.display().to_string();
    let canon = path.canonicalize().map_err(|e| Error(format!("{shown}: cannot read manifest: {e}")))?;
    if stack.contains(&canon) {
        return Err(Error(format!("{shown}: manifest includes itself")));
    }
    let text = std::fs::read_to_string(path).map_err(|e| Error(format!("{shown}: cannot read manifest: {e}")))?;
    inputs.push(path.to_path_buf());
    let raw: RawManifest = toml::from_str(&text).map_err(|e| Error(toml_error(&shown, &text, &e)))?;
    let dir = path.parent().map(Path::to_path_buf).unwrap_or_default();
    let base = parse_options(&raw.options, &shown)?;

    stack.push(canon);
    for inc in &raw.include {
        load_into(&dir.join(inc), out, inputs, stack)?;
    }
    stack.pop();

    let mut add = |e: Entry, inputs: &mut Vec<PathBuf>| -> Result<()> {
        check_name(&e.name, &shown)?;
        if let Some(prev) = out.get(&e.name) {
            return Err(Error(format!(
                "{shown}: module '{}' is frozen twice ({} and {})",
                e.name,
                prev.path.display(),
                e.path.display()
            )));
        }
        inputs.push(e.path.clone());
        out.insert(e.name.clone(), e);
        Ok(())
    };

    for m in &raw.module {
        let p = dir.join(&m.path);
        if !p.is_file() {
            return Err(Error(format!("{shown}: module path '{}' is not a file", m.path)));
        }
        let name = match &m.name {
            Some(n) => n.clone(),
            None => stem(&p, &shown)?,
        };
        let options = merge(base, &m.options, &shown)?;
        let shown = relative(&p, &dir);
        add(Entry { name, path: p, shown, is_package: false, options }, inputs)?;
    }
    for pk in &raw.package {
        let root = dir.join(&pk.path);
        if !root.join("__init__.py").is_file() {
            return Err(Error(format!("{shown}: package path '{}' has no __init__.py", pk.path)));
        }
        let name = match &pk.name {
            Some(n) => n.clone(),
            None => stem(&root, &shown)?,
        };
        let options = merge(base, &pk.options, &shown)?;
        for (dotted, file, is_package) in walk_package(&root, &name, &shown)? {
            let shown = relative(&file, &dir);
            add(Entry { name: dotted, path: file, shown, is_package, options }, inputs)?;
        }
    }
    for g in &raw.glob {
        let options = merge(base, &g.options, &shown)?;
        let pattern = dir.join(&g.pattern);
        let pattern = pattern.to_str().ok_or_else(|| Error(format!("{shown}: glob '{}' is not UTF-8", g.pattern)))?;
        let paths = glob::glob(pattern).map_err(|e| Error(format!("{shown}: glob '{}': {}", g.pattern, e.msg)))?;
        let mut found = 0;
        let mut files: Vec<PathBuf> = paths.filter_map(|p| p.ok()).filter(|p| p.is_file()).collect();
        files.sort();
        for p in files {
            if p.extension().is_none_or(|e| e != "py") {
                continue;
            }
            let s = stem(&p, &shown)?;
            let name = match &g.prefix {
                Some(prefix) if !prefix.is_empty() => format!("{prefix}.{s}"),
                _ => s,
            };
            let shown = relative(&p, &dir);
            add(Entry { name, path: p, shown, is_package: false, options }, inputs)?;
            found += 1;
        }
        if found == 0 {
            return Err(Error(format!("{shown}: glob '{}' matches no .py file", g.pattern)));
        }
    }
    Ok(())
}

/// `pkg/__init__.py` is `pkg`, `pkg/a.py` is `pkg.a`, `pkg/sub/__init__.py` is `pkg.sub`, ...
fn walk_package(root: &Path, name: &str, shown: &str) -> Result<Vec<(String, PathBuf, bool)>> {
    let mut out = vec![(name.to_string(), root.join("__init__.py"), true)];
    let mut dir: Vec<_> = std::fs::read_dir(root)
        .map_err(|e| Error(format!("{shown}: cannot list package '{}': {e}", root.display())))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    dir.sort();
    for p in dir {
        if p.is_dir() && p.join("__init__.py").is_file() {
            let sub = format!("{name}.{}", stem(&p, shown)?);
            out.extend(walk_package(&p, &sub, shown)?);
        } else if p.is_file()
            && p.extension().is_some_and(|e| e == "py")
            && p.file_name().is_some_and(|f| f != "__init__.py")
        {
            out.push((format!("{name}.{}", stem(&p, shown)?), p, false));
        }
    }
    Ok(out)
}

fn relative(p: &Path, dir: &Path) -> String {
    p.strip_prefix(dir).unwrap_or(p).to_string_lossy().into_owned()
}

fn stem(p: &Path, shown: &str) -> Result<String> {
    p.file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_string)
        .ok_or_else(|| Error(format!("{shown}: cannot name a module after '{}'", p.display())))
}

fn check_name(name: &str, shown: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.split('.').all(|part| {
            let mut cs = part.chars();
            cs.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && cs.all(|c| c == '_' || c.is_alphanumeric())
        });
    if ok && name.len() <= u16::MAX as usize {
        Ok(())
    } else {
        Err(Error(format!("{shown}: '{name}' is not a valid module name")))
    }
}

fn parse_options(opts: &[String], shown: &str) -> Result<codegen::CompileOptions> {
    merge(codegen::CompileOptions::default(), opts, shown)
}

fn merge(base: codegen::CompileOptions, opts: &[String], shown: &str) -> Result<codegen::CompileOptions> {
    let mut o = base;
    for opt in opts {
        match opt.as_str() {
            "-O" => o.optimize = o.optimize.max(1),
            "-O0" => o.optimize = 0,
            other => {
                return Err(Error(format!(
                    "{shown}: unknown option '{other}' (known: -O drops asserts, -O0 keeps them)"
                )))
            }
        }
    }
    Ok(o)
}

/// A TOML error on one line: `file:line:column: message`.
fn toml_error(shown: &str, text: &str, e: &toml::de::Error) -> String {
    let msg = e.message().trim().replace('\n', " ");
    match e.span() {
        Some(span) => {
            let before = &text[..span.start.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("{shown}:{line}:{col}: {msg}")
        }
        None => format!("{shown}: {msg}"),
    }
}
