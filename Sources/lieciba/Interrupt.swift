import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Turns SIGINT (Ctrl-C) into a call, so a scan can be cancelled cleanly instead of the process
/// dying with half-written files.
enum Interrupt {
    /// Calls `handler` at the first Ctrl-C. A second one ends the process at once, as Ctrl-C
    /// does by default: the submissions being read cannot be cancelled, and one huge archive
    /// must not hold a person who has asked twice. Nothing is lost by it that the first would
    /// have kept — outputs are only renamed into place once complete, and the ledger keeps what
    /// was recorded.
    static func onSIGINT(_ handler: @escaping @Sendable () -> Void) -> any DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            signal(SIGINT, SIG_DFL)
            handler()
        }
        source.resume()
        return source
    }
}
