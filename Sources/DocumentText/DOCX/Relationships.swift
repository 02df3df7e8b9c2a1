/// The relationships of one OPC part (`_rels/*.rels`): which other parts it points to, by type.
struct Relationships {
    struct Relationship {
        /// The last segment of the type URI: `officeDocument`, `header`, `footnotes`, …
        var type: String
        /// The target resolved to a package path.
        var target: String
    }

    var all: [Relationship] = []

    /// Reads the relationships of the part at `sourcePath` ("" for the package itself).
    init(of sourcePath: String, in parts: PackageParts, limits: MarkupLimits = MarkupLimits()) {
        let directory = Self.directory(of: sourcePath)
        let fileName = sourcePath.split(separator: "/").last.map(String.init) ?? ""
        let relsPath = directory + "_rels/" + fileName + ".rels"
        guard let bytes = parts[relsPath] else { return }
        let read = try? XMLStreamReader.read(bytes, limits: limits) { reader -> [Relationship] in
            var found: [Relationship] = []
            while reader.next() {
                guard reader.kind == .element, reader.localName == "Relationship" else { continue }
                if reader.attribute("TargetMode", namespace: nil)?.lowercased() == "external" { continue }
                guard let type = reader.attribute("Type", namespace: nil),
                    let target = reader.attribute("Target", namespace: nil)
                else { continue }
                let shortType = type.split(separator: "/").last.map(String.init) ?? type
                found.append(Relationship(type: shortType, target: Self.resolve(target, against: directory)))
            }
            return found
        }
        all = read?.result ?? []
    }

    func targets(ofType type: String) -> [String] {
        all.filter { $0.type == type }.map(\.target)
    }

    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    /// Resolves a relationship target (relative, `../`, or absolute from the package root).
    static func resolve(_ target: String, against directory: String) -> String {
        let decoded = target.removingPercentEncodingIfPossible()
        var segments: [Substring] = decoded.hasPrefix("/") ? [] : directory.split(separator: "/")
        for segment in decoded.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": if !segments.isEmpty { segments.removeLast() }
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}

extension String {
    /// Decodes `%20`-style escapes in package paths; leaves the string alone when it has none or
    /// they are malformed.
    func removingPercentEncodingIfPossible() -> String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
            {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return bytes.isValidUTF8String ? String(decoding: bytes, as: UTF8.self) : self
    }
}

extension Array<UInt8> {
    fileprivate var isValidUTF8String: Bool {
        String(validating: self, as: UTF8.self) != nil
    }
}
