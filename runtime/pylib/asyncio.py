"""asyncio: cooperative tasks, as MicroPython's asyncio offers them.

frostpy's own, in Python. A coroutine is a generator (as in MicroPython), so a
task is stepped with send()/throw(); what the coroutine yields up through its
`await` chain tells the scheduler why it stopped:
- None: it only gives way (`sleep(0)`); it goes to the back of the ready queue;
- a `_Wait`: it waits for a task or an event to finish, or for a deadline, or both.
The order in which ready tasks run is CPython's: first in, first out, and a task
that finishes wakes the tasks waiting for it at the back of the queue.
"""

import time

try:
    _TimeoutError = TimeoutError
except NameError:

    class _TimeoutError(Exception):
        pass


TimeoutError = _TimeoutError


class CancelledError(BaseException):
    pass


class InvalidStateError(Exception):
    pass


_ready = []  # tasks to step, first in first out; each entry (task, token)
_timers = []  # (deadline ticks, sequence, task, token), kept sorted
_seq = 0
_current = None
_all = []


def _now():
    return time.ticks_ms()


def _schedule(task):
    _ready.append((task, task._token))


def _add_timer(deadline, task):
    global _seq
    _seq += 1
    entry = (deadline, _seq, task, task._token)
    i = len(_timers)
    while i > 0 and time.ticks_diff(_timers[i - 1][0], deadline) > 0:
        i -= 1
    _timers.insert(i, entry)


class _Wait:
    """Yielded by an awaitable: wake the current task when `target` is done
    (a Task or an Event), or at `deadline` (ticks), whichever comes first."""

    def __init__(self, target, deadline):
        self.target = target
        self.deadline = deadline

    def __await__(self):
        yield self

    __iter__ = __await__


class _Sleep:
    def __init__(self, ms, result):
        self.ms = ms
        self.result = result

    def __await__(self):
        if self.ms <= 0:
            yield None
        else:
            yield _Wait(None, time.ticks_add(_now(), self.ms))
        return self.result

    __iter__ = __await__


def sleep(delay, result=None):
    return _Sleep(int(delay * 1000 + 0.5) if delay > 0 else 0, result)


def sleep_ms(ms, result=None):
    return _Sleep(ms, result)


class Task:
    def __init__(self, coro, name=None):
        if not hasattr(coro, "send"):
            raise TypeError("a coroutine was expected, got " + repr(coro))
        self._coro = coro
        self._name = name
        self._done = False
        self._result = None
        self._exception = None
        self._cancelled = False
        self._must_cancel = False
        self._waiters = []  # (task, token)
        self._callbacks = []
        self._token = 0
        self._value = None  # what the next step sends in
        _all.append(self)
        _schedule(self)

    def get_name(self):
        return self._name

    def done(self):
        return self._done

    def cancelled(self):
        return self._cancelled

    def result(self):
        if self._cancelled:
            raise CancelledError()
        if not self._done:
            raise InvalidStateError("Result is not set.")
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._cancelled:
            raise CancelledError()
        if not self._done:
            raise InvalidStateError("Exception is not set.")
        return self._exception

    def add_done_callback(self, fn):
        if self._done:
            fn(self)
        else:
            self._callbacks.append(fn)

    def cancel(self, msg=None):
        if self._done:
            return False
        self._must_cancel = True
        if self is not _current:
            # Wake it now: whatever it waited for is forgotten (its token moves on).
            self._token += 1
            _schedule(self)
        return True

    def __await__(self):
        if not self._done:
            yield _Wait(self, None)
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        state = "done" if self._done else "pending"
        return "<Task " + state + " name=" + repr(self._name) + ">"

    def _finish(self, result, exc, cancelled):
        self._done = True
        self._result = result
        self._exception = exc
        self._cancelled = cancelled
        _all.remove(self)
        for t, token in self._waiters:
            if t._token == token:
                _schedule(t)
        self._waiters = []
        for fn in self._callbacks:
            fn(self)
        self._callbacks = []

    def _step(self):
        global _current
        _current = self
        self._token += 1
        try:
            if self._must_cancel:
                self._must_cancel = False
                req = self._coro.throw(CancelledError())
            else:
                v = self._value
                self._value = None
                req = self._coro.send(v)
        except StopIteration as e:
            self._finish(e.value, None, False)
        except CancelledError:
            self._finish(None, None, True)
        except Exception as e:
            self._finish(None, e, False)
        else:
            if req is None:
                _schedule(self)
            elif isinstance(req, _Wait):
                target = req.target
                if target is not None:
                    if target.done() if isinstance(target, Task) else target.is_set():
                        _schedule(self)
                    else:
                        target._waiters.append((self, self._token))
                if req.deadline is not None:
                    _add_timer(req.deadline, self)
            else:
                self._finish(None, RuntimeError("Task got bad yield: " + repr(req)), False)
        finally:
            _current = None


def _run_once():
    """Step every task ready now; else wait for the next timer."""
    if not _ready:
        if not _timers:
            return False
        wait = time.ticks_diff(_timers[0][0], _now())
        if wait > 0:
            time.sleep_ms(wait)
    now = _now()
    while _timers and time.ticks_diff(_timers[0][0], now) <= 0:
        _, _, task, token = _timers.pop(0)
        if task._token == token:
            _ready.append((task, token))
    n = len(_ready)
    for _ in range(n):
        task, token = _ready.pop(0)
        if task._token == token and not task._done:
            task._step()
    return True


def create_task(coro, name=None):
    return Task(coro, name)


async def _await(aw):
    return await aw


def ensure_future(aw):
    """A task for any awaitable (`sleep()` here returns an awaitable, not a coroutine)."""
    if isinstance(aw, Task):
        return aw
    return Task(aw if hasattr(aw, "send") else _await(aw))


def current_task():
    return _current


def all_tasks():
    return set(_all)


def _run_until(task):
    while not task._done:
        if not _run_once():
            raise RuntimeError("Event loop stopped before Future completed.")


def run(main):
    task = main if isinstance(main, Task) else Task(main)
    try:
        _run_until(task)
    finally:
        # As CPython's asyncio.run: cancel what is left, and let it finish.
        left = list(_all)
        for t in left:
            t.cancel()
        while _all and _run_once():
            pass
    return task.result()


class _Gather:
    def __init__(self, aws, return_exceptions):
        self.tasks = [ensure_future(a) for a in aws]
        self.return_exceptions = return_exceptions

    def __await__(self):
        for t in self.tasks:
            while not t._done:
                yield _Wait(t, None)
            if not self.return_exceptions and (t._cancelled or t._exception is not None):
                t.result()
        if self.return_exceptions:
            return [t._exception if t._exception is not None else
                    (CancelledError() if t._cancelled else t._result) for t in self.tasks]
        return [t._result for t in self.tasks]

    __iter__ = __await__


def gather(*aws, return_exceptions=False):
    return _Gather(aws, return_exceptions)


class _WaitFor:
    def __init__(self, aw, ms):
        self.aw = aw
        self.ms = ms

    def __await__(self):
        task = ensure_future(self.aw)
        if self.ms is None:
            return (yield from task.__await__())
        deadline = time.ticks_add(_now(), self.ms)
        while not task._done and time.ticks_diff(deadline, _now()) > 0:
            yield _Wait(task, deadline)
        if not task._done:
            task.cancel()
            while not task._done:
                yield _Wait(task, None)
            raise TimeoutError()
        return task.result()

    __iter__ = __await__


def wait_for(aw, timeout):
    return _WaitFor(aw, None if timeout is None else int(timeout * 1000 + 0.5))


def wait_for_ms(aw, timeout):
    return _WaitFor(aw, timeout)


class Event:
    def __init__(self):
        self._set = False
        self._waiters = []

    def is_set(self):
        return self._set

    def set(self):
        if not self._set:
            self._set = True
            for t, token in self._waiters:
                if t._token == token:
                    _schedule(t)
            self._waiters = []

    def clear(self):
        self._set = False

    def done(self):
        return self._set

    async def wait(self):
        while not self._set:
            await _Wait(self, None)
        return True


class Lock:
    def __init__(self):
        self._locked = False
        self._event = Event()

    def locked(self):
        return self._locked

    async def acquire(self):
        while self._locked:
            self._event.clear()
            await self._event.wait()
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError("Lock is not acquired.")
        self._locked = False
        self._event.set()

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class Queue:
    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._items = []
        self._changed = Event()

    def qsize(self):
        return len(self._items)

    def empty(self):
        return not self._items

    def full(self):
        return 0 < self.maxsize <= len(self._items)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull()
        self._items.append(item)
        self._changed.set()

    def get_nowait(self):
        if not self._items:
            raise QueueEmpty()
        self._changed.set()
        return self._items.pop(0)

    async def put(self, item):
        while self.full():
            self._changed.clear()
            await self._changed.wait()
        self.put_nowait(item)

    async def get(self):
        while not self._items:
            self._changed.clear()
            await self._changed.wait()
        return self.get_nowait()


class _Loop:
    def create_task(self, coro):
        return Task(coro)

    def run_until_complete(self, aw):
        task = ensure_future(aw)
        _run_until(task)
        return task.result()

    def run_forever(self):
        while _run_once():
            pass

    def close(self):
        pass


_loop = _Loop()


def get_event_loop():
    return _loop


def new_event_loop():
    return _loop
