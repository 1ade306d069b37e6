//! The volume API: open flags, errors as errno, directories, handles.

mod support;

use frostpy_fs::{Checked, Config, Error, Kind, MemFlash, OpenFlags as O, SeekFrom, Volume};
use support::{formatted, read_file, small_config, write_file, Mem};

const IMAGE: usize = 32 * 1024;

fn with_volume(f: impl FnOnce(&mut Volume<Checked<Mem<'_>>>)) {
    let mut img = formatted(IMAGE);
    let mut v = Volume::new(Checked::new(Mem::new(&mut img)), small_config(IMAGE)).unwrap();
    v.mount().unwrap();
    f(&mut v);
    assert_eq!(v.into_flash().violation, None);
}

#[test]
fn errno_values_and_cpython_text() {
    // From CPython 3.11 on Linux: errno.X and os.strerror(errno.X).
    let expect = [
        (Error::NotFound, 2, "ENOENT", "No such file or directory"),
        (Error::Corrupt, 5, "EIO", "Input/output error"),
        (Error::BadFd, 9, "EBADF", "Bad file descriptor"),
        (Error::Exists, 17, "EEXIST", "File exists"),
        (Error::NotDir, 20, "ENOTDIR", "Not a directory"),
        (Error::IsDir, 21, "EISDIR", "Is a directory"),
        (Error::Invalid, 22, "EINVAL", "Invalid argument"),
        (Error::TooManyOpen, 24, "EMFILE", "Too many open files"),
        (Error::NoSpace, 28, "ENOSPC", "No space left on device"),
        (Error::NotEmpty, 39, "ENOTEMPTY", "Directory not empty"),
    ];
    for (e, n, name, text) in expect {
        assert_eq!((e.errno(), e.name(), e.to_string().as_str()), (n, name, text));
    }
}

#[test]
fn open_modes() {
    with_volume(|v| {
        assert_eq!(v.open("/f", O::READ), Err(Error::NotFound));
        let fd = v.open("/f", O::WRITE | O::CREATE | O::EXCLUSIVE).unwrap();
        assert_eq!(v.write(fd, b"hello world").unwrap(), 11);
        v.close(fd).unwrap();
        assert_eq!(v.open("/f", O::WRITE | O::CREATE | O::EXCLUSIVE), Err(Error::Exists));
        // append always writes at the end
        let fd = v.open("/f", O::WRITE | O::APPEND).unwrap();
        v.seek(fd, SeekFrom::Start(0)).unwrap();
        v.write(fd, b"!").unwrap();
        v.close(fd).unwrap();
        assert_eq!(read_file(v, "/f").unwrap(), b"hello world!");
        // read+write, seek, tell, size
        let fd = v.open("/f", O::READ | O::WRITE).unwrap();
        assert_eq!(v.seek(fd, SeekFrom::End(-6)).unwrap(), 6);
        assert_eq!(v.write(fd, b"W").unwrap(), 1);
        assert_eq!(v.tell(fd).unwrap(), 7);
        assert_eq!(v.seek(fd, SeekFrom::Current(-7)).unwrap(), 0);
        let mut b = [0u8; 32];
        assert_eq!(v.read(fd, &mut b).unwrap(), 12);
        assert_eq!(&b[..12], b"hello World!");
        assert_eq!(v.seek(fd, SeekFrom::Current(-20)), Err(Error::Invalid));
        assert_eq!(v.size(fd).unwrap(), 12);
        v.truncate(fd, 5).unwrap();
        v.close(fd).unwrap();
        assert_eq!(read_file(v, "/f").unwrap(), b"hello");
        // truncate on open empties it; write-only cannot read
        let fd = v.open("/f", O::WRITE | O::TRUNCATE).unwrap();
        assert_eq!(v.read(fd, &mut b), Err(Error::BadFd));
        v.close(fd).unwrap();
        assert_eq!(v.stat("/f").unwrap(), frostpy_fs::Stat { kind: Kind::File, size: 0 });
        assert_eq!(v.open("/f", O::APPEND), Err(Error::Invalid));
        assert_eq!(v.open("", O::READ), Err(Error::NotFound));
        assert_eq!(v.open("/a\0b", O::READ), Err(Error::Invalid));
    });
}

#[test]
fn handles_do_not_outlive_their_file() {
    with_volume(|v| {
        let a = v.open("/a", O::WRITE | O::CREATE).unwrap();
        v.close(a).unwrap();
        assert_eq!(v.close(a), Err(Error::BadFd));
        let b = v.open("/a", O::READ).unwrap();
        // same slot, new generation: the old handle stays dead
        assert_eq!(a.to_raw() & 0xFFFF, b.to_raw() & 0xFFFF);
        assert_eq!(v.read(a, &mut [0; 4]), Err(Error::BadFd));
        assert_eq!(v.read(b, &mut [0; 4]), Ok(0));
        let more: Vec<_> = (0..3).map(|_| v.open("/a", O::READ).unwrap()).collect();
        assert_eq!(v.open("/a", O::READ), Err(Error::TooManyOpen));
        assert_eq!(v.open_files(), 4);
        v.close(more[0]).unwrap();
        v.open("/a", O::READ).unwrap();
        // unmount closes everything; handles from before give EBADF, ops ENODEV
        v.unmount().unwrap();
        assert_eq!(v.read(b, &mut [0; 4]), Err(Error::NotMounted));
        v.mount().unwrap();
        assert_eq!(v.read(b, &mut [0; 4]), Err(Error::BadFd));
        assert_eq!(v.open_files(), 0);
    });
}

#[test]
fn directories() {
    with_volume(|v| {
        v.mkdir("/d").unwrap();
        assert_eq!(v.mkdir("/d"), Err(Error::Exists));
        assert_eq!(v.mkdir("/x/y"), Err(Error::NotFound));
        write_file(v, "/d/b", b"2").unwrap();
        write_file(v, "/d/a", b"1").unwrap();
        write_file(v, "/top", b"t").unwrap();
        let names: Vec<_> = v.read_dir("/d").unwrap().into_iter().map(|e| e.name).collect();
        assert_eq!(names, ["a", "b"]);
        assert_eq!(v.read_dir("/top"), Err(Error::NotDir));
        assert_eq!(v.open("/top/x", O::READ), Err(Error::NotDir));
        assert_eq!(v.open("/d", O::READ), Err(Error::IsDir));
        assert_eq!(v.remove("/d"), Err(Error::NotEmpty));
        assert_eq!(v.remove_file("/d"), Err(Error::IsDir));
        assert_eq!(v.remove_dir("/top"), Err(Error::NotDir));
        assert_eq!(v.rename("/d/a", "/d/b").map(|_| ()), Ok(()));
        assert_eq!(read_file(v, "/d/b").unwrap(), b"1");
        assert_eq!(v.rename("/top", "/d"), Err(Error::IsDir));
        assert_eq!(v.rename("/nope", "/x"), Err(Error::NotFound));
        v.remove_file("/d/b").unwrap();
        v.remove_dir("/d").unwrap();
        assert_eq!(v.stat("/d"), Err(Error::NotFound));
        let s = v.statvfs().unwrap();
        assert_eq!((s.block_size, s.block_count, s.name_max), (512, 64, 255));
        assert!(s.blocks_free > 50 && s.blocks_free < 64, "{s:?}");
    });
}

#[test]
fn mount_refuses_blank_and_foreign_images() {
    for fill in [0xFFu8, 0x00, 0x5A] {
        let mut img = vec![fill; IMAGE];
        let mut v = Volume::new(Checked::new(Mem::new(&mut img)), small_config(IMAGE)).unwrap();
        assert_eq!(v.mount(), Err(Error::Corrupt));
        assert!(!v.is_mounted());
        assert_eq!(v.stat("/"), Err(Error::NotMounted));
        let flash = v.into_flash();
        assert_eq!(flash.programs + flash.erases, 0, "a failed mount writes nothing");
    }
    // a littlefs image of another block size is refused too
    let img = formatted(IMAGE);
    let mut copy = img.clone();
    let cfg = Config { block_size: 1024, block_count: 32, cache_size: 128, ..small_config(IMAGE) };
    let mut v = Volume::new(MemFlash::<128, 4>::new(&mut copy), cfg).unwrap();
    assert!(v.mount().is_err());
    drop(v);
    assert_eq!(copy, img);
}

#[test]
fn bad_geometry_is_einval() {
    let mut mem = vec![0xFF; IMAGE];
    let base = small_config(IMAGE);
    for bad in [
        Config { block_size: 64, ..base },
        Config { block_size: 500, ..base },
        Config { block_count: 65, ..base },
        Config { block_count: 1, ..base },
        Config { prog_size: 2, ..base },
        Config { cache_size: 96, ..base },
        Config { lookahead_size: 12, ..base },
        Config { block_cycles: 0, ..base },
    ] {
        assert_eq!(Volume::new(Mem::new(&mut mem), bad).err(), Some(Error::Invalid), "{bad:?}");
    }
}

#[test]
fn nor_checker_enforces_the_rules() {
    use frostpy_fs::{NorFlash, Violation};
    let mut mem = vec![0xFFu8; 1024];
    let mut f = Checked::new(Mem::new(&mut mem));
    f.write(0, &[0xF0; 4]).unwrap();
    assert!(f.write(0, &[0x0F; 4]).is_err());
    assert_eq!(f.violation, Some(Violation::SetsBit { offset: 0 }));
    let mut f = Checked::new(f.into_inner());
    assert!(f.write(2, &[0; 4]).is_err());
    assert_eq!(f.violation, Some(Violation::Misaligned));
    let mut f = Checked::new(f.into_inner());
    assert!(f.erase(0, 64).is_err());
    assert_eq!(f.violation, Some(Violation::Misaligned));
    let mut f = Checked::new(f.into_inner());
    assert!(f.write(1024, &[0; 4]).is_err());
    assert_eq!(f.violation, Some(Violation::OutOfBounds));
    let mut f = Checked::new(f.into_inner());
    f.erase(0, 128).unwrap();
    f.write(0, &[0x0F; 4]).unwrap();
    assert_eq!(f.violation, None);
}
