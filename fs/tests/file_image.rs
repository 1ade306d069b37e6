//! `FileFlash`: a littlefs image in a host file, written through.

mod support;

use frostpy_fs::{Checked, Config, Error, FileFlash, NorFlash, Volume};
use support::{read_file, write_file};

#[test]
fn an_image_file_keeps_its_files_and_read_only_stays_unwritten() {
    let path = std::env::temp_dir().join(format!("frostpy-fs-image-{}.img", std::process::id()));
    let flash = FileFlash::create(&path, 64 * 1024).unwrap();
    let cfg = Config::for_device(&flash, 4096);
    assert_eq!(cfg.block_count, 16);
    let mut v = Volume::new(Checked::new(flash), cfg).unwrap();
    v.format().unwrap();
    v.mount().unwrap();
    write_file(&mut v, "/main.py", b"print(1)\n").unwrap();
    assert_eq!(v.into_flash().violation, None);

    let before = std::fs::read(&path).unwrap();
    let mut v = Volume::new(FileFlash::open(&path, false).unwrap(), cfg).unwrap();
    v.mount().unwrap();
    assert_eq!(read_file(&mut v, "/main.py").unwrap(), b"print(1)\n");
    // a read-only image refuses writes with EIO and stays as it was
    assert_eq!(write_file(&mut v, "/x", b"no"), Err(Error::Io));
    drop(v);
    assert_eq!(std::fs::read(&path).unwrap(), before);

    let mut f = FileFlash::open(&path, true).unwrap();
    assert!(f.erase(0, 100).is_err(), "erase off the 128-byte grid");
    assert!(f.write(64 * 1024 - 2, &[0; 4]).is_err(), "past the end");
    std::fs::remove_file(&path).unwrap();
}
