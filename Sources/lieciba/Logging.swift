import Logging

enum Logging {
    /// Logs go to standard error so that standard output stays for results.
    static func makeLogger(verbose: Bool, quiet: Bool) -> Logger {
        var logger = Logger(label: "lieciba") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = verbose ? .info : quiet ? .error : .warning
        return logger
    }
}
