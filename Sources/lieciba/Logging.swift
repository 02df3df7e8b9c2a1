import Logging

enum Logging {
    /// Logs go to standard error so that standard output stays for results; every control
    /// character in them is written out (see ``ControlCharacterEscaping``).
    static func makeLogger(verbose: Bool, quiet: Bool) -> Logger {
        var logger = Logger(label: "lieciba") { ControlCharacterEscaping(StreamLogHandler.standardError(label: $0)) }
        logger.logLevel = verbose ? .info : quiet ? .error : .warning
        return logger
    }
}

/// A log handler that writes out the control characters of a message and its metadata as
/// `\u{1B}` before another handler prints them: an entry named with a terminal escape sequence
/// is shown, never acted on by the terminal.
struct ControlCharacterEscaping: LogHandler {
    private var inner: any LogHandler

    init(_ inner: any LogHandler) {
        self.inner = inner
    }

    var metadataProvider: Logger.MetadataProvider? {
        get { inner.metadataProvider }
        set { inner.metadataProvider = newValue }
    }

    var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        event.message = Logger.Message(stringLiteral: ErrorDescription.escapedControlCharacters(event.message.description))
        event.metadata = event.metadata.map { $0.mapValues(Self.escaped) }
        inner.log(event: event)
    }

    private static func escaped(_ value: Logger.Metadata.Value) -> Logger.Metadata.Value {
        switch value {
        case .string(let text): .string(ErrorDescription.escapedControlCharacters(text))
        case .stringConvertible(let convertible): .string(ErrorDescription.escapedControlCharacters(convertible.description))
        case .dictionary(let dictionary): .dictionary(dictionary.mapValues(escaped))
        case .array(let array): .array(array.map(escaped))
        }
    }
}
