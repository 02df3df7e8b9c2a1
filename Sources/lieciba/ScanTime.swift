import Foundation

/// The time a scan records as its own: now, or the time `SOURCE_DATE_EPOCH` gives (seconds since
/// 1970), the reproducible-builds convention, so that two scans of one round can be compared
/// byte for byte, pages included.
enum ScanTime {
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        // A whole, non-negative number of seconds, as the convention has it; anything else is ignored.
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Int($0) }), epoch >= 0 {
            return Date(timeIntervalSince1970: TimeInterval(epoch))
        }
        return Date()
    }
}
