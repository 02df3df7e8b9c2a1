#if canImport(Glibc)
import Glibc
#endif

/// The process's local time zone, named once at start-up.
enum LocalTimeZone {
    /// Names the local zone in `TZ` when it is unset, before any task runs.
    ///
    /// libarchive turns every zip entry's DOS date into a time with `mktime`, and glibc's
    /// `mktime`, with `TZ` unset, checks `/etc/localtime` with a `stat` call each time to see
    /// whether the zone changed: a system call per archive entry (0.6 % of a scan's time on the
    /// synthetic rounds). Naming the same file keeps the same local time (and the same fallback
    /// to UTC where there is none) and turns the check into a string comparison.
    static func pin() {
        guard getenv("TZ") == nil else { return }
        setenv("TZ", ":/etc/localtime", 0)
    }
}
