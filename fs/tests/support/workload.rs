//! The power-loss workload (`tests/workload.txt`): parsing, the model of
//! what each step may leave behind, and running it on a volume.

use embedded_storage::nor_flash::NorFlash;
use frostpy_fs::{Error, OpenFlags, Volume};

use super::Tree;

#[derive(Clone, Debug)]
pub enum Step {
    Create(String, usize),
    Append(String, usize),
    AppendSync(String, usize),
    Overwrite(String, usize),
    Rename(String, String),
    Delete(String),
    Mkdir(String),
    Rmdir(String),
}

pub fn parse(text: &str) -> Vec<Step> {
    let mut steps = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let w: Vec<&str> = line.split_whitespace().collect();
        let n = |i: usize| w[i].parse::<usize>().expect("a byte count");
        steps.push(match w[0] {
            "create" => Step::Create(w[1].into(), n(2)),
            "append" => Step::Append(w[1].into(), n(2)),
            "append-sync" => Step::AppendSync(w[1].into(), n(2)),
            "overwrite" => Step::Overwrite(w[1].into(), n(2)),
            "rename" => Step::Rename(w[1].into(), w[2].into()),
            "delete" => Step::Delete(w[1].into()),
            "mkdir" => Step::Mkdir(w[1].into()),
            "rmdir" => Step::Rmdir(w[1].into()),
            other => panic!("workload: unknown step {other}"),
        });
    }
    steps
}

/// The workload scaled up: the same steps `times` over, each round in its own directory.
pub fn repeat(steps: &[Step], times: usize) -> Vec<Step> {
    let mut out = Vec::new();
    for r in 0..times {
        let p = |s: &String| if r == 0 { s.clone() } else { format!("/r{r}{s}") };
        if r > 0 {
            out.push(Step::Mkdir(format!("/r{r}")));
        }
        for s in steps {
            out.push(match s {
                Step::Create(a, n) => Step::Create(p(a), *n),
                Step::Append(a, n) => Step::Append(p(a), *n),
                Step::AppendSync(a, n) => Step::AppendSync(p(a), *n),
                Step::Overwrite(a, n) => Step::Overwrite(p(a), *n),
                Step::Rename(a, b) => Step::Rename(p(a), p(b)),
                Step::Delete(a) => Step::Delete(p(a)),
                Step::Mkdir(a) => Step::Mkdir(p(a)),
                Step::Rmdir(a) => Step::Rmdir(p(a)),
            });
        }
    }
    out
}

pub fn data(step: usize, n: usize) -> Vec<u8> {
    (0..n).map(|j| ((step * 37 + j * 7 + j / 251) % 256) as u8).collect()
}

/// The states step `i` may leave (from `before`), in order; the last is the step's result.
pub fn states(i: usize, step: &Step, before: &Tree) -> Vec<Tree> {
    let mut out = vec![before.clone()];
    let mut t = before.clone();
    let file = |t: &Tree, p: &str| t.get(p).cloned().flatten().unwrap_or_default();
    match step {
        Step::Create(p, n) => {
            t.insert(p.clone(), Some(Vec::new()));
            out.push(t.clone());
            t.insert(p.clone(), Some(data(i, *n)));
        }
        Step::Append(p, n) => {
            let mut d = file(&t, p);
            d.extend(data(i, *n));
            t.insert(p.clone(), Some(d));
        }
        Step::AppendSync(p, n) => {
            let mut d = file(&t, p);
            let new = data(i, *n);
            d.extend_from_slice(&new[..n / 2]);
            t.insert(p.clone(), Some(d.clone()));
            out.push(t.clone());
            d.extend_from_slice(&new[n / 2..]);
            t.insert(p.clone(), Some(d));
        }
        Step::Overwrite(p, n) => {
            t.insert(p.clone(), Some(data(i, *n)));
        }
        Step::Rename(a, b) => {
            let v = t.remove(a).expect("workload: rename of a missing path");
            t.insert(b.clone(), v);
        }
        Step::Delete(p) | Step::Rmdir(p) => {
            t.remove(p);
        }
        Step::Mkdir(p) => {
            t.insert(p.clone(), None);
        }
    }
    out.push(t);
    out
}

/// Runs step `i`; stops at the first error (as a program would after a power cut).
pub fn run<F: NorFlash>(v: &mut Volume<F>, i: usize, step: &Step) -> Result<(), Error> {
    let write = |v: &mut Volume<F>, p: &str, flags: OpenFlags, n: usize, sync: bool| {
        let fd = v.open(p, flags)?;
        let d = data(i, n);
        if sync {
            v.write(fd, &d[..n / 2])?;
            v.flush(fd)?;
            v.write(fd, &d[n / 2..])?;
        } else {
            v.write(fd, &d)?;
        }
        v.close(fd)
    };
    use OpenFlags as O;
    match step {
        Step::Create(p, n) => write(v, p, O::WRITE | O::CREATE | O::EXCLUSIVE, *n, false),
        Step::Append(p, n) => write(v, p, O::WRITE | O::CREATE | O::APPEND, *n, false),
        Step::AppendSync(p, n) => write(v, p, O::WRITE | O::CREATE | O::APPEND, *n, true),
        Step::Overwrite(p, n) => write(v, p, O::WRITE | O::CREATE | O::TRUNCATE, *n, false),
        Step::Rename(a, b) => v.rename(a, b),
        Step::Delete(p) => v.remove_file(p),
        Step::Mkdir(p) => v.mkdir(p),
        Step::Rmdir(p) => v.remove_dir(p),
    }
}
