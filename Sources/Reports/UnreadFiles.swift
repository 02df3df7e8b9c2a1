public import DocumentModel

/// The files of a submission that could not be read, named with their reasons, in the
/// language of the report — one definition for the page's banner, the overview's column and
/// filter, `matrix.csv` and the scan's closing summary.
public enum UnreadFiles {
    /// Each file that could hold evidence and gave none of it — not (fully) read, or a document
    /// with no text at all (scanned pages) — the submission's own archive first when it could not
    /// be opened, as "name — reason".
    public static func entries(_ submission: Submission, language: ReportLanguage) -> [(name: String, reason: String)] {
        var entries: [(String, String)] = []
        if submission.container.status != .read {
            entries.append((submission.source, language.reason(for: submission.container)))
        }
        for file in submission.files where file.needsAttention {
            entries.append((file.path, language.reason(for: file)))
        }
        return entries
    }

    /// Whether the submission has any such file.
    public static func any(in submission: Submission) -> Bool {
        submission.container.status != .read || submission.files.contains(where: \.needsAttention)
    }
}
