extension String {
    /// The text between two UTF-16 offsets, the unit every position in the evidence map is
    /// given in (what JavaScript and most JSON readers index by).
    ///
    /// Copied as UTF-8 without transcoding: a native string finds UTF-16 offsets through its
    /// breadcrumbs instead of converting the whole text to UTF-16 first. Offsets outside the
    /// text, or in the wrong order, give an empty string.
    public func slice(utf16 start: Int, _ end: Int) -> String {
        let units = utf16
        guard start < end, start >= 0, end <= units.count else { return "" }
        let from = units.index(units.startIndex, offsetBy: start)
        let to = units.index(from, offsetBy: end - start)
        return String(Substring(units[from..<to]))
    }
}
