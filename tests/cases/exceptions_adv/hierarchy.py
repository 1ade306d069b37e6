classes = [FileNotFoundError, PermissionError, TimeoutError, ConnectionResetError, BrokenPipeError,
         IndentationError, TabError, UnicodeDecodeError, UnicodeEncodeError, StopAsyncIteration,
         FloatingPointError, BufferError, ReferenceError, SystemError, UserWarning, DeprecationWarning,
         ModuleNotFoundError, RecursionError, NotImplementedError, BlockingIOError, ChildProcessError,
         InterruptedError, IsADirectoryError, NotADirectoryError, ProcessLookupError, FileExistsError,
         ConnectionRefusedError, ConnectionAbortedError, UnboundLocalError, KeyboardInterrupt, GeneratorExit]
for cls in classes:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(FileNotFoundError, OSError), issubclass(TabError, SyntaxError), issubclass(Warning, Exception))
print(issubclass(KeyboardInterrupt, Exception), issubclass(StopIteration, Exception))
