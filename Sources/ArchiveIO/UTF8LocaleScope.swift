internal import CLibArchive
#if canImport(Glibc)
import Glibc
#endif

/// Runs a body with the calling thread switched to a UTF-8 locale.
///
/// libarchive converts entry names through the current locale, and a Swift process runs in the
/// C locale, where a name like `Rīga-šķērslis.txt` comes back empty with `ARCHIVE_WARN`.
/// `uselocale` changes only the calling thread, so concurrent readers do not disturb each other.
enum UTF8LocaleScope {
    // `locale_t` is a C pointer and not Sendable. The locale is created once, never mutated and
    // never freed, and `uselocale` only reads it, so sharing it across threads is safe.
    nonisolated(unsafe) private static let utf8Locale: locale_t? = lieciba_utf8_locale_create()

    static func run<Result>(_ body: () throws(ArchiveError) -> Result) throws(ArchiveError) -> Result {
        guard let locale = utf8Locale else { return try body() }
        let previous = lieciba_uselocale(locale)
        defer { _ = lieciba_uselocale(previous) }
        return try body()
    }
}
