/// The XML parts of a zip-based document package (DOCX, ODT), by their path in the package.
///
/// The caller — who owns the zip reader — fills this with the parts a format asks for through
/// its `wantsPart(_:)`, so pictures and embedded objects are never inflated.
public struct PackageParts: Sendable {
    public private(set) var parts: [String: [UInt8]] = [:]

    public init() {}

    /// Keys are normalised like the subscript's, so a part given as `Object 1/content.xml` is
    /// found again under any spelling.
    public init(_ parts: [String: [UInt8]]) {
        for (path, bytes) in parts { self[path] = bytes }
    }

    public subscript(path: String) -> [UInt8]? {
        get { parts[Self.normalise(path)] }
        set { parts[Self.normalise(path)] = newValue }
    }

    public var paths: [String] { parts.keys.sorted() }

    /// Package paths are case-insensitive in OPC and may be written with a leading slash.
    static func normalise(_ path: String) -> String {
        var path = path
        while path.hasPrefix("/") { path.removeFirst() }
        return path.lowercased()
    }
}
