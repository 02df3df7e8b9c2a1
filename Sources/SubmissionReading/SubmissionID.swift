/// Derives a submission's id from the name of its entry in the round folder.
public enum SubmissionID {
    /// The name without its archive or document extensions: `S01.zip` → `S01`,
    /// `Ozolkalns.tar.gz` → `Ozolkalns`, `Vecupe.docx` → `Vecupe`; a folder keeps its name.
    public static func make(fromEntryName name: String, isDirectory: Bool) -> String {
        guard !isDirectory else { return name }
        let lowered = name.lowercased()
        let suffixes = [
            ".tar.gz", ".tar.bz2", ".tar.xz", ".tar.zst", ".tar.lzma", ".tgz", ".tbz2", ".tbz", ".txz", ".tzst",
            ".zip", ".zipx", ".7z", ".rar", ".tar", ".docx", ".docm", ".dotx", ".odt", ".ott", ".fodt", ".html", ".htm",
            ".xhtml", ".edoc", ".asice", ".bdoc",
        ]
        for suffix in suffixes where lowered.hasSuffix(suffix) && lowered.count > suffix.count {
            return String(name.dropLast(suffix.count))
        }
        return name
    }
}
