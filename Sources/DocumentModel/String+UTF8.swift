#if canImport(Glibc)
import Glibc
#endif

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

    /// Whether the two strings have the same UTF-8 bytes. `==` compares by canonical
    /// equivalence, normalising as it goes; texts cut from the same document are equal exactly
    /// when their bytes are, and bytes compare much faster.
    public func hasSameUTF8(as other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        var left = self
        var right = other
        return left.withUTF8 { leftBytes in
            right.withUTF8 { rightBytes in
                guard let leftBase = leftBytes.baseAddress, let rightBase = rightBytes.baseAddress else { return true }
                return memcmp(leftBase, rightBase, leftBytes.count) == 0
            }
        }
    }
}
