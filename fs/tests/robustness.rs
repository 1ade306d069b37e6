//! A full volume (ENOSPC) keeps what it had; mutated images mount or fail
//! cleanly, never panic.

mod support;

use frostpy_fs::{Checked, Error, OpenFlags as O, Volume};
use support::{formatted, read_file, read_tree, small_config, write_file, Mem};

const IMAGE: usize = 16 * 1024;

#[test]
fn enospc_leaves_existing_files_intact() {
    let mut img = formatted(IMAGE);
    let a: Vec<u8> = (0..3000u32).map(|i| (i * 7) as u8).collect();
    {
        let mut v = Volume::new(Checked::new(Mem::new(&mut img)), small_config(IMAGE)).unwrap();
        v.mount().unwrap();
        write_file(&mut v, "/a", &a).unwrap();
        write_file(&mut v, "/small", b"kept").unwrap();
        let fd = v.open("/fill", O::WRITE | O::CREATE).unwrap();
        let chunk = [0x33u8; 100];
        let mut written = 0;
        let err = loop {
            match v.write(fd, &chunk) {
                Ok(n) => written += n,
                Err(e) => break e,
            }
            assert!(written < IMAGE, "never filled");
        };
        assert_eq!(err, Error::NoSpace);
        let _ = v.close(fd);
        assert_eq!(read_file(&mut v, "/a").unwrap(), a);
        assert_eq!(read_file(&mut v, "/small").unwrap(), b"kept");
        assert_eq!(v.into_flash().violation, None);
    }
    let mut v = Volume::new(Checked::new(Mem::new(&mut img)), small_config(IMAGE)).unwrap();
    v.mount().unwrap();
    let tree = read_tree(&mut v).unwrap();
    assert_eq!(tree["/a"].as_deref(), Some(&a[..]));
    assert_eq!(tree["/small"].as_deref(), Some(&b"kept"[..]));
    // space comes back when the filler goes
    for p in ["/fill", "/more"] {
        if tree.contains_key(p) {
            v.remove_file(p).unwrap();
        }
    }
    write_file(&mut v, "/again", &[2u8; 2000]).unwrap();
    assert_eq!(read_file(&mut v, "/a").unwrap(), a);
}

/// Mutations of a populated image: bit flips, random bytes, erased or
/// copied blocks. Each mutated image is mounted; if it mounts, the tree is
/// read and written to. Errors are fine; a panic or hang is not.
/// `FROSTPY_FS_FUZZ=N` sets the number of cases (default 1500).
#[test]
fn mutated_images_never_panic() {
    let mut base = formatted(IMAGE);
    {
        let mut v = Volume::new(Mem::new(&mut base), small_config(IMAGE)).unwrap();
        v.mount().unwrap();
        v.mkdir("/lib").unwrap();
        write_file(&mut v, "/main.py", b"print('hi')\n").unwrap();
        write_file(&mut v, "/lib/big.bin", &[7u8; 2500]).unwrap();
        write_file(&mut v, "/lib/mod.py", &[b'x'; 300]).unwrap();
        v.rename("/lib/mod.py", "/lib/m.py").unwrap();
        v.unmount().unwrap();
    }
    let cases: u64 = std::env::var("FROSTPY_FS_FUZZ").ok().and_then(|s| s.parse().ok()).unwrap_or(1500);
    let (mut mounted, mut refused) = (0, 0);
    for seed in 0..cases {
        let mut rng = fastrand::Rng::with_seed(seed);
        let mut img = base.clone();
        // Half the cases aim at the superblock pair and the first metadata blocks.
        let span = if rng.bool() { 4 * 512 } else { img.len() };
        for _ in 0..rng.usize(1..4) {
            match rng.u8(0..4) {
                0 => {
                    for _ in 0..rng.usize(1..8) {
                        let i = rng.usize(..span);
                        img[i] ^= 1 << rng.u8(0..8);
                    }
                }
                1 => {
                    let at = rng.usize(..span - 64);
                    let n = rng.usize(1..64);
                    rng.fill(&mut img[at..at + n]);
                }
                2 => {
                    let b = rng.usize(..span / 512) * 512;
                    img[b..b + 512].fill(if rng.bool() { 0xFF } else { 0 });
                }
                _ => {
                    let (s, d) = (rng.usize(..IMAGE / 512) * 512, rng.usize(..span / 512) * 512);
                    img.copy_within(s..s + 512, d);
                }
            }
        }
        let mut v = Volume::new(Mem::new(&mut img), small_config(IMAGE)).unwrap();
        if v.mount().is_err() {
            refused += 1;
            continue;
        }
        mounted += 1;
        let _ = read_tree_bounded(&mut v);
        let _ = write_file(&mut v, "/new", b"data");
        let _ = v.mkdir("/lib/sub");
        let _ = v.remove("/main.py");
        let _ = v.rename("/lib/big.bin", "/big");
        let _ = v.statvfs();
        let _ = v.unmount();
    }
    eprintln!("fuzz: {cases} mutated images, {mounted} mounted, {refused} refused");
}

/// Reads the tree (a damaged image may have odd sizes: no assertions here).
fn read_tree_bounded<F: frostpy_fs::NorFlash>(v: &mut Volume<F>) -> Result<(), Error> {
    let mut dirs = vec![String::from("/")];
    let mut seen = 0;
    while let Some(d) = dirs.pop() {
        for e in v.read_dir(&d)? {
            seen += 1;
            if seen > 1000 {
                return Ok(());
            }
            let p = format!("{}/{}", d.trim_end_matches('/'), e.name);
            match e.kind {
                frostpy_fs::Kind::Dir => dirs.push(p),
                frostpy_fs::Kind::File => {
                    let _ = v.stat(&p);
                    let _ = read_file(v, &p);
                }
            }
        }
    }
    Ok(())
}
