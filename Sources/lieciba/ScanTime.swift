import Foundation

/// The time a scan records as its own: now, or the time `SOURCE_DATE_EPOCH` gives (seconds since
/// 1970), the reproducible-builds convention, so that two scans of one round can be compared
/// byte for byte, pages included.
enum ScanTime {
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) -> Date {
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap(TimeInterval.init) {
            return Date(timeIntervalSince1970: epoch)
        }
        return Date()
    }
}
