//! Power loss: for every k, the power fails at the k-th program or erase of
//! the workload (tests/workload.txt; that op is torn, half done). Then the
//! volume must mount, hold exactly a state the interrupted step allows (so
//! nothing closed or flushed before is lost, and no file is half-written),
//! and still take writes.
//!
//! CI runs the workload 3 times over (each round in its own directory); the
//! full-size run 12 times:
//! `FROSTPY_FS_POWERLOSS=full cargo test --release -p frostpy-fs --test power_loss -- --nocapture`

mod support;

use frostpy_fs::{Checked, Volume};
use support::workload::{self, Step};
use support::{formatted, read_tree, small_config, write_file, Mem, PowerCut, Tree};

const IMAGE: usize = 128 * 1024;

/// Runs the workload with a power budget; returns (ops used, step where power failed).
fn run_workload(image: &mut [u8], steps: &[Step], budget: Option<u64>) -> (u64, Option<usize>) {
    let flash = PowerCut::new(Checked::new(Mem::new(image)), budget);
    let mut v = Volume::new(flash, small_config(IMAGE)).unwrap();
    v.mount().expect("the formatted image mounts");
    let mut failed = None;
    for (i, s) in steps.iter().enumerate() {
        if let Err(e) = workload::run(&mut v, i, s) {
            failed = Some(i);
            // Any error but the power cut is a bug in the workload or the volume.
            let flash = v.into_flash();
            assert!(flash.dead, "step {i} ({s:?}) failed without a power cut: {e:?}");
            assert_eq!(flash.inner.violation, None, "NOR rule broken before the cut");
            return (flash.ops, failed);
        }
    }
    let flash = v.into_flash();
    assert_eq!(flash.inner.violation, None);
    (flash.ops, failed)
}

fn check_cut_points(steps: &[Step]) {
    let base = formatted(IMAGE);
    // The states each step may leave; `after[i]` is the state after step i.
    let mut allowed: Vec<Vec<Tree>> = Vec::new();
    let mut state = Tree::new();
    for (i, s) in steps.iter().enumerate() {
        let st = workload::states(i, s, &state);
        state = st.last().unwrap().clone();
        allowed.push(st);
    }
    // The uncut run: counts the ops and checks the model against the volume.
    let mut img = base.clone();
    let (total, failed) = run_workload(&mut img, steps, None);
    assert_eq!(failed, None);
    {
        let mut v = Volume::new(Checked::new(Mem::new(&mut img)), small_config(IMAGE)).unwrap();
        v.mount().unwrap();
        assert_eq!(read_tree(&mut v).unwrap(), state, "uncut run against the model");
    }
    let mut per_state = [0usize; 3];
    for k in 0..total {
        let mut img = base.clone();
        let (_, failed) = run_workload(&mut img, steps, Some(k));
        let i = failed.unwrap_or_else(|| panic!("cut at op {k} of {total} was never reached"));
        let mut v = Volume::new(Checked::new(Mem::new(&mut img)), small_config(IMAGE)).unwrap();
        v.mount().unwrap_or_else(|e| panic!("cut at op {k} (step {i}): mount failed: {e:?}"));
        let tree = read_tree(&mut v).unwrap_or_else(|e| panic!("cut at op {k}: reading: {e:?}"));
        let Some(which) = allowed[i].iter().position(|t| *t == tree) else {
            panic!(
                "cut at op {k} during step {i} ({:?}): state matches none allowed\n got {:?}\n before {:?}",
                steps[i],
                summary(&tree),
                summary(&allowed[i][0])
            );
        };
        per_state[if which == 0 {
            0
        } else if which + 1 == allowed[i].len() {
            2
        } else {
            1
        }] += 1;
        // The volume takes writes after the cut, and they last.
        write_file(&mut v, "/probe", b"after the cut").unwrap();
        let flash = v.into_flash();
        assert_eq!(flash.violation, None, "cut at op {k}: NOR rule broken after the cut");
        drop(flash);
        let mut v = Volume::new(Checked::new(Mem::new(&mut img)), small_config(IMAGE)).unwrap();
        v.mount().unwrap();
        assert_eq!(support::read_file(&mut v, "/probe").unwrap(), b"after the cut");
    }
    eprintln!(
        "power loss: {} steps, {total} cut points (programs + erases), all mounted with an allowed state: \
         {} as before the step, {} at an intermediate commit, {} as after",
        steps.len(),
        per_state[0],
        per_state[1],
        per_state[2]
    );
}

fn summary(t: &Tree) -> Vec<(String, Option<usize>)> {
    t.iter().map(|(k, v)| (k.clone(), v.as_ref().map(|d| d.len()))).collect()
}

fn steps() -> Vec<Step> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/workload.txt")).unwrap();
    workload::parse(&text)
}

#[test]
fn every_cut_point_of_the_workload() {
    let steps = steps();
    let full = std::env::var("FROSTPY_FS_POWERLOSS").is_ok_and(|v| v == "full");
    check_cut_points(&workload::repeat(&steps, if full { 12 } else { 3 }));
}
