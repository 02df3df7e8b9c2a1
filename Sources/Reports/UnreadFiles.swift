public import DocumentModel

/// The files of a submission that could not be read, named with their reasons, in the
/// language of the report.
public enum UnreadFiles {
    /// Each file that could hold evidence and was not (fully) read — the submission's own
    /// archive first when it could not be opened — as "name — reason".
    public static func entries(_ submission: Submission, language: ReportLanguage) -> [(name: String, reason: String)] {
        var entries: [(String, String)] = []
        if submission.container.status != .read {
            entries.append((submission.source, language.reason(for: submission.container)))
        }
        for file in submission.files where file.isUnreadable {
            entries.append((file.path, language.reason(for: file)))
        }
        return entries
    }

    /// The entries in one line: "Pieteikums.pdf — PDF netiek lasīts …; Foto.zip — …".
    public static func listed(_ submission: Submission, language: ReportLanguage) -> String {
        entries(submission, language: language).map { "\($0.name) — \($0.reason)" }.joined(separator: "; ")
    }
}
