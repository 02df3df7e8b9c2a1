import Foundation

/// Which build of the tool is running, as far as its results go.
///
/// The version number is changed by hand and was not, across many changes to matching and
/// reading; a ledger entry made by another build — a fixed extractor, a new matcher — must not be
/// reused as if this build had made it. The running executable's SHA-256 says it for certain,
/// at the cost of hashing it once per run (about 20 ms for a release build).
public enum BuildFingerprint {
    /// The SHA-256 of the running executable; `nil` when it cannot be read.
    public static func ofRunningExecutable() -> String? {
        #if os(Linux)
        let path: String? = "/proc/self/exe"
        #else
        let path = Bundle.main.executablePath
        #endif
        return path.flatMap { InputDigest.sha256(ofFile: URL(fileURLWithPath: $0)) }
    }
}
