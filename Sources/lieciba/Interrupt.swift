import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Turns SIGINT (Ctrl-C) into a call, so a scan can be cancelled cleanly instead of the process
/// dying with half-written files.
enum Interrupt {
    static func onSIGINT(_ handler: @escaping @Sendable () -> Void) -> any DispatchSourceSignal {
        signal(SIGINT, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler(handler: handler)
        source.resume()
        return source
    }
}
