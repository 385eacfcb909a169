"""Running a full-screen program in a pseudo-terminal, for the measuring scripts."""
import os, pty, select, struct, fcntl, termios, time

QUIET = 0.15  # seconds of silence that mark the end of a screen update


def spawn(argv, env):
    pid, fd = pty.fork()
    if pid == 0:
        # Sized before exec, so neither program starts at 0x0 and redraws on SIGWINCH.
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        os.execvpe(argv[0], argv, env)
    return pid, fd


def read_until(fd, marker, timeout=10.0):
    """Reads until `marker` appears; returns (bytes, seconds until it appeared)."""
    data, start = b"", time.perf_counter()
    while marker not in data:
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            raise TimeoutError(f"never saw {marker!r}")
        data += os.read(fd, 65536)
    return data, time.perf_counter() - start


def read_quiet(fd):
    """Reads until the program has been silent for QUIET seconds; returns the bytes."""
    data = b""
    while True:
        ready, _, _ = select.select([fd], [], [], QUIET)
        if not ready:
            return data
        try:
            data += os.read(fd, 65536)
        except OSError:
            return data
