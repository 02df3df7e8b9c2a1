/// The tool's name and version, as recorded in every output.
public struct ToolInfo: Sendable, Hashable, Codable {
    public var name: String
    public var version: String

    public init(name: String, version: String) {
        self.name = name
        self.version = version
    }

    /// This build of Liecība.
    public static let current = ToolInfo(name: "lieciba", version: "0.1.0")
}
