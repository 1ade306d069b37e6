//! frostpy on the Arm MPS2 AN385 (Cortex-M3, 25 MHz), as QEMU emulates it.
//! Console: CMSDK APB UART0, received by interrupt (Ctrl-C raises KeyboardInterrupt
//! in running code; the REPL reads the rest). Clock: SysTick, 1 ms interrupts.
//!
//! Build and run (see README.md):
//! `tools/fw.sh run mps2-an385 examples/blink/manifest.toml`
#![cfg_attr(target_os = "none", no_std)]
#![cfg_attr(target_os = "none", no_main)]

#[cfg(not(target_os = "none"))]
fn main() {
    eprintln!("frostpy-mps2-an385 is firmware: build it with --target thumbv7m-none-eabi (see tools/fw.sh)");
    std::process::exit(2);
}

#[cfg(target_os = "none")]
mod firmware {
    use core::ptr::{addr_of_mut, read_volatile, write_volatile};
    use core::sync::atomic::{AtomicU32, Ordering};

    use board::{Board, Clock, Console};
    use cortex_m::peripheral::syst::SystClkSource;
    use cortex_m_rt::{entry, exception, ExceptionFrame};

    include!(concat!(env!("OUT_DIR"), "/frozen.rs"));
    include!(concat!(env!("OUT_DIR"), "/config.rs"));

    unsafe extern "C" {
        /// The frozen table that build.rs linked in (`frostpy_frozen`, see docs/frozen-format.md).
        static frostpy_frozen: [u8; FROZEN_LEN];
    }

    static mut ARENA: [u32; ARENA_WORDS] = [0; ARENA_WORDS];
    static mut SYSTEM_HEAP: [u8; SYSTEM_HEAP_BYTES] = [0; SYSTEM_HEAP_BYTES];

    const CPU_HZ: u32 = 25_000_000;

    /// CMSDK APB UART0.
    #[derive(Clone, Copy)]
    pub struct Uart;

    const UART0: usize = 0x4000_4000;
    const DATA: usize = UART0;
    const STATE: usize = UART0 + 0x4;
    const CTRL: usize = UART0 + 0x8;
    const INTCLEAR: usize = UART0 + 0xc;
    const BAUDDIV: usize = UART0 + 0x10;
    /// CTRL: transmit enable, receive enable, receive interrupt enable.
    const CTRL_TX_RX_RXINT: u32 = 0b1011;

    /// Bytes received, from the receive interrupt to `read_byte`.
    static RX: board::repl::RxQueue<128> = board::repl::RxQueue::new();

    /// The AN385's interrupt lines that the firmware uses.
    #[derive(Clone, Copy)]
    enum Irq {
        Uart0Rx = 0,
    }

    // SAFETY: the numbers are the AN385's (and QEMU's mps2-an385) external interrupt lines.
    unsafe impl cortex_m::interrupt::InterruptNumber for Irq {
        fn number(self) -> u16 {
            self as u16
        }
    }

    impl Uart {
        fn init() -> Uart {
            // SAFETY: UART0's registers, used by nothing else.
            unsafe {
                write_volatile(BAUDDIV as *mut u32, CPU_HZ / 115_200);
                write_volatile(CTRL as *mut u32, CTRL_TX_RX_RXINT);
                cortex_m::peripheral::NVIC::unmask(Irq::Uart0Rx);
            }
            Uart
        }
    }

    impl Console for Uart {
        fn write(&mut self, bytes: &[u8]) {
            for &b in bytes {
                // SAFETY: UART0 registers.
                unsafe {
                    while read_volatile(STATE as *const u32) & 1 != 0 {}
                    write_volatile(DATA as *mut u32, b as u32);
                }
            }
        }
        fn read_byte(&mut self) -> Option<u8> {
            RX.pop()
        }
    }

    static MILLIS: AtomicU32 = AtomicU32::new(0);
    const RELOAD: u32 = CPU_HZ / 1000 - 1;

    /// SysTick counting down from `RELOAD` every millisecond.
    #[derive(Clone, Copy)]
    pub struct SysTickClock;

    impl Clock for SysTickClock {
        fn ticks_us(&mut self) -> u64 {
            loop {
                let ms = MILLIS.load(Ordering::Acquire);
                let cur = cortex_m::peripheral::SYST::get_current();
                if MILLIS.load(Ordering::Acquire) == ms {
                    let sub = (RELOAD - cur.min(RELOAD)) / (CPU_HZ / 1_000_000);
                    return ms as u64 * 1000 + sub as u64;
                }
            }
        }
    }

    #[exception]
    fn SysTick() {
        MILLIS.fetch_add(1, Ordering::Release);
    }

    #[entry]
    fn main() -> ! {
        let console = Uart::init();
        if let Some(mut p) = cortex_m::Peripherals::take() {
            p.SYST.set_clock_source(SystClkSource::Core);
            p.SYST.set_reload(RELOAD);
            p.SYST.clear_current();
            p.SYST.enable_interrupt();
            p.SYST.enable_counter();
        }
        // SAFETY: `main` runs once; these statics are handed out here only.
        let (arena, system_heap, frozen) =
            unsafe { (&mut *addr_of_mut!(ARENA), &mut *addr_of_mut!(SYSTEM_HEAP), &frostpy_frozen[..]) };
        let _ = FROZEN_MODULES;
        board::start(Board {
            name: "mps2-an385",
            console,
            clock: SysTickClock,
            frozen,
            arena: &mut arena[..],
            system_heap: &mut system_heap[..],
            recursion_limit: RECURSION_LIMIT,
            stack_reserve: STACK_RESERVE,
        })
    }

    /// The external interrupts (cortex-m-rt points them all here): UART0 receive.
    #[exception]
    unsafe fn DefaultHandler(irqn: i16) {
        if irqn == Irq::Uart0Rx as i16 {
            // SAFETY: UART0 registers; only this handler reads DATA.
            unsafe {
                // Clear first: a byte arriving while we drain raises the interrupt again
                // (cleared after draining, it could be left unread with no interrupt to come).
                write_volatile(INTCLEAR as *mut u32, 2);
                while read_volatile(STATE as *const u32) & 2 != 0 {
                    RX.received(read_volatile(DATA as *const u32) as u8);
                }
            }
        }
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
