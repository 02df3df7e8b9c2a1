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
        let receiver = Receiver(directory: directory)
        // A part that breaks off keeps the relationships before the break; one refused keeps none.
        do {
            _ = try XMLEventParser.parse(bytes, limits: limits, into: receiver)
            all = receiver.found
        } catch {
            all = []
        }
    }

    func targets(ofType type: String) -> [String] {
        all.filter { $0.type == type }.map(\.target)
    }

    /// Collects the `Relationship` elements of a `.rels` part.
    private final class Receiver: XMLEventHandler {
        let directory: String
        private(set) var found: [Relationship] = []

        init(directory: String) {
            self.directory = directory
        }

        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            guard name.localName == "Relationship" else { return }
            if attributes.value("TargetMode", namespace: nil)?.lowercased() == "external" { return }
            guard let type = attributes.value("Type", namespace: nil), let target = attributes.value("Target", namespace: nil) else { return }
            let shortType = type.split(separator: "/").last.map(String.init) ?? type
            found.append(Relationship(type: shortType, target: Relationships.resolve(target, against: directory)))
        }

        func endElement(_ name: XMLName) {}
        func characters(_ text: UnsafeBufferPointer<UInt8>) {}
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
