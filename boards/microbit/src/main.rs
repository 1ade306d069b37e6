//! frostpy on the BBC micro:bit v1 (nRF51822: Cortex-M0, 16 MHz, 256 KiB
//! flash, 16 KiB RAM), as QEMU emulates it. Console: UART0 (the USB serial
//! port). Clock: TIMER0 counting microseconds.
//!
//! Build and run (see README.md):
//! `tools/fw.sh run microbit examples/blink/manifest.toml`
#![cfg_attr(target_os = "none", no_std)]
#![cfg_attr(target_os = "none", no_main)]

#[cfg(not(target_os = "none"))]
fn main() {
    eprintln!("frostpy-microbit is firmware: build it with --target thumbv6m-none-eabi (see tools/fw.sh)");
    std::process::exit(2);
}

#[cfg(target_os = "none")]
mod firmware {
    use core::ptr::{addr_of_mut, read_volatile, write_volatile};
    use core::sync::atomic::{AtomicU32, Ordering};

    use board::{Board, Clock, Console};
    // Links the single-core critical section that the allocator uses.
    use cortex_m as _;
    use cortex_m_rt::{entry, exception, ExceptionFrame};

    include!(concat!(env!("OUT_DIR"), "/frozen.rs"));
    include!(concat!(env!("OUT_DIR"), "/config.rs"));

    unsafe extern "C" {
        /// The frozen table that build.rs linked in (`frostpy_frozen`, see docs/frozen-format.md).
        static frostpy_frozen: [u8; FROZEN_LEN];
    }

    static mut ARENA: [u32; ARENA_WORDS] = [0; ARENA_WORDS];
    static mut SYSTEM_HEAP: [u8; SYSTEM_HEAP_BYTES] = [0; SYSTEM_HEAP_BYTES];

    fn reg(addr: usize) -> *mut u32 {
        addr as *mut u32
    }

    /// nRF51 UART0.
    #[derive(Clone, Copy)]
    pub struct Uart;

    const UART0: usize = 0x4000_2000;
    const STARTRX: usize = UART0;
    const STARTTX: usize = UART0 + 0x008;
    const RXDRDY: usize = UART0 + 0x108;
    const TXDRDY: usize = UART0 + 0x11c;
    const ENABLE: usize = UART0 + 0x500;
    const PSELTXD: usize = UART0 + 0x50c;
    const PSELRXD: usize = UART0 + 0x514;
    const RXD: usize = UART0 + 0x518;
    const TXD: usize = UART0 + 0x51c;
    const BAUDRATE: usize = UART0 + 0x524;

    impl Uart {
        fn init() -> Uart {
            // SAFETY: UART0's registers, used by nothing else.
            unsafe {
                // micro:bit v1: TX on P0.24, RX on P0.25; 115200 baud.
                write_volatile(reg(PSELTXD), 24);
                write_volatile(reg(PSELRXD), 25);
                write_volatile(reg(BAUDRATE), 0x01D7_E000);
                write_volatile(reg(ENABLE), 4);
                write_volatile(reg(STARTTX), 1);
                write_volatile(reg(STARTRX), 1);
            }
            Uart
        }
    }

    impl Console for Uart {
        fn write(&mut self, bytes: &[u8]) {
            for &b in bytes {
                // SAFETY: UART0 registers.
                unsafe {
                    write_volatile(reg(TXD), b as u32);
                    // Bounded: never hang the firmware on a stuck transmitter.
                    let mut spins = 0u32;
                    while read_volatile(reg(TXDRDY)) == 0 && spins < 100_000 {
                        spins += 1;
                    }
                    write_volatile(reg(TXDRDY), 0);
                }
            }
        }
        fn read_byte(&mut self) -> Option<u8> {
            // SAFETY: UART0 registers.
            unsafe {
                if read_volatile(reg(RXDRDY)) != 0 {
                    write_volatile(reg(RXDRDY), 0);
                    Some(read_volatile(reg(RXD)) as u8)
                } else {
                    None
                }
            }
        }
    }

    /// TIMER0 as a free-running 32-bit microsecond counter (16 MHz / 2^4).
    #[derive(Clone, Copy)]
    pub struct Timer;

    const TIMER0: usize = 0x4000_8000;
    const T_START: usize = TIMER0;
    const T_CAPTURE0: usize = TIMER0 + 0x040;
    const T_MODE: usize = TIMER0 + 0x504;
    const T_BITMODE: usize = TIMER0 + 0x508;
    const T_PRESCALER: usize = TIMER0 + 0x510;
    const T_CC0: usize = TIMER0 + 0x540;

    /// The counter's last value and its wraps, to extend it to 64 bits (the
    /// Cortex-M0 has no atomic read-modify-write, but only `ticks_us` writes these).
    static LAST: AtomicU32 = AtomicU32::new(0);
    static WRAPS: AtomicU32 = AtomicU32::new(0);

    impl Timer {
        fn init() -> Timer {
            // SAFETY: TIMER0's registers, used by nothing else.
            unsafe {
                write_volatile(reg(T_MODE), 0);
                write_volatile(reg(T_BITMODE), 3);
                write_volatile(reg(T_PRESCALER), 4);
                write_volatile(reg(T_START), 1);
            }
            Timer
        }
    }

    impl Clock for Timer {
        fn ticks_us(&mut self) -> u64 {
            // SAFETY: TIMER0 registers.
            let now = unsafe {
                write_volatile(reg(T_CAPTURE0), 1);
                read_volatile(reg(T_CC0))
            };
            // Wraps are seen as long as the clock is read at least every 71 minutes.
            if now < LAST.load(Ordering::Relaxed) {
                WRAPS.store(WRAPS.load(Ordering::Relaxed) + 1, Ordering::Relaxed);
            }
            LAST.store(now, Ordering::Relaxed);
            (WRAPS.load(Ordering::Relaxed) as u64) << 32 | now as u64
        }
    }

    #[entry]
    fn main() -> ! {
        let console = Uart::init();
        let clock = Timer::init();
        // SAFETY: `main` runs once; these statics are handed out here only.
        let (arena, system_heap, frozen) =
            unsafe { (&mut *addr_of_mut!(ARENA), &mut *addr_of_mut!(SYSTEM_HEAP), &frostpy_frozen[..]) };
        let _ = FROZEN_MODULES;
        board::start(Board {
            name: "microbit",
            console,
            clock,
            frozen,
            arena: &mut arena[..],
            system_heap: &mut system_heap[..],
            recursion_limit: RECURSION_LIMIT,
            stack_reserve: STACK_RESERVE,
        })
    }

    #[exception]
    unsafe fn HardFault(_frame: &ExceptionFrame) -> ! {
        Uart.write(b"\r\nfrostpy: hard fault (stack overflow?)\r\n");
        board::exit(board::INTERNAL_ERROR)
    }

    #[panic_handler]
    fn panic(info: &core::panic::PanicInfo) -> ! {
        board::panic_exit(&mut Uart, info)
    }
}
