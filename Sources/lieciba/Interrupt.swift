import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Turns the signals that ask a run to stop — SIGINT (Ctrl-C), SIGTERM (how Slurm, Kubernetes
/// and systemd stop a job) and SIGHUP (a closed terminal) — into a call, so that a scan can end
/// cleanly instead of dying with half-written files.
enum Interrupt {
    /// The signals handled.
    static let signals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    /// Calls `handler` with the first of ``signals`` to arrive. A second one ends the process at
    /// once, as the signal does by default: the submissions being read cannot be cancelled, and
    /// one huge archive must not hold a person (or a scheduler) that has asked twice. Nothing is
    /// lost by it that the first would have kept — outputs are only renamed into place once
    /// complete, and the ledger keeps what was recorded.
    static func on(_ handler: @escaping @Sendable (Int32) -> Void) -> [any DispatchSourceSignal] {
        signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                for other in signals { signal(other, SIG_DFL) }
                handler(number)
            }
            source.resume()
            return source
        }
    }

    /// The exit status of a run ended by `signal`: 128 plus its number, as shells report it
    /// (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP).
    static func exitStatus(for signal: Int32) -> Int32 {
        128 + signal
    }
}
