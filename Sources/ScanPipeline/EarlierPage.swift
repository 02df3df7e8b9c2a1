import Foundation
import Reports

/// A submission page a re-run takes up from an earlier scan instead of rendering it again.
///
/// The ledger records each page by its SHA-256; the page is taken only when a file an earlier
/// scan left still holds exactly those bytes, so a page edited, half-written or deleted since
/// makes the submission be read again rather than shown wrong.
enum EarlierPage {
    /// What the ledger records for `page`.
    static func digest(of page: [UInt8]) -> String {
        SHA256Hex.of(page)
    }

    /// Stages the page of submission `id` whose digest is `digest` for this scan.
    /// - Returns: `false` when no earlier page has that digest.
    static func restore(forSubmission id: String, digest: String, in pages: PageFolder) throws -> Bool {
        for candidate in pages.earlierPages(forSubmission: id) {
            guard let bytes = try? Data(contentsOf: candidate), SHA256Hex.of(bytes) == digest else { continue }
            try SubmissionPage.store(Array(bytes), forSubmission: id, into: pages.staging)
            return true
        }
        return false
    }
}
