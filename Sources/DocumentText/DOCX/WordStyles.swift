/// What the paragraph styles of a DOCX (`word/styles.xml`) say about structure: which styles are
/// headings, at which level, and which are list styles.
struct WordStyles {
    private struct Style {
        var name: String?
        var basedOn: String?
        var outlineLevel: Int?
        var hasNumbering = false
    }

    private var styles: [String: Style] = [:]
    /// Per style id, its heading level and whether it numbers, with `basedOn` chains followed —
    /// worked out once, since every paragraph asks and a chain may be thousands of styles long.
    private var resolved: [String: (headingLevel: Int?, isList: Bool)] = [:]

    init() {}

    init(bytes: [UInt8], limits: MarkupLimits = MarkupLimits()) {
        let receiver = Receiver()
        // A part that breaks off keeps the styles before the break; one refused keeps none.
        do {
            _ = try XMLEventParser.parse(bytes, limits: limits, into: receiver)
            styles = receiver.styles
        } catch {
            styles = [:]
        }
        resolveChains()
    }

    /// Fills ``resolved`` for every style, walking each `basedOn` chain once: a chain is walked
    /// to its end (a style with no base, a cycle, or one resolved before), and every style on it
    /// is then resolved from the end back.
    private mutating func resolveChains() {
        for id in styles.keys.sorted() where resolved[id] == nil {
            var path: [String] = []
            var onPath: Set<String> = []
            var next: String? = id
            var end: (headingLevel: Int?, isList: Bool) = (nil, false)
            while let styleID = next, onPath.insert(styleID).inserted {
                if let known = resolved[styleID] {
                    end = known
                    break
                }
                path.append(styleID)
                next = styles[styleID]?.basedOn
            }
            for styleID in path.reversed() {
                let style = styles[styleID]
                if let level = style?.outlineLevel {
                    end.headingLevel = level >= 0 && level < 9 ? level + 1 : nil
                } else if let level = Self.levelFromName(style?.name ?? styleID) {
                    end.headingLevel = level
                }
                end.isList = end.isList || style?.hasNumbering == true
                resolved[styleID] = end
            }
        }
    }

    /// Collects the paragraph styles of `styles.xml`.
    private final class Receiver: XMLEventHandler {
        private(set) var styles: [String: Style] = [:]
        private var currentID: String?
        private var current = Style()
        private var inParagraphProperties = false

        func startElement(_ name: XMLName, attributes: XMLAttributes) {
            let namespace = name.namespace
            guard WordNamespace.contains(namespace) else { return }
            switch name.localName {
            case "style":
                let type = attributes.value("type", namespace: namespace) ?? "paragraph"
                currentID = type == "paragraph" ? attributes.value("styleId", namespace: namespace) : nil
                current = Style()
            case "name": current.name = attributes.value("val", namespace: namespace)
            case "basedOn": current.basedOn = attributes.value("val", namespace: namespace)
            case "pPr": inParagraphProperties = true
            case "outlineLvl" where inParagraphProperties:
                current.outlineLevel = attributes.value("val", namespace: namespace).flatMap { Int($0) }
            case "numId" where inParagraphProperties:
                current.hasNumbering = attributes.value("val", namespace: namespace) != "0"
            default: break
            }
        }

        func endElement(_ name: XMLName) {
            switch name.localName {
            case "pPr":
                inParagraphProperties = false
            case "style":
                if let id = currentID { styles[id] = current }
                currentID = nil
            default: break
            }
        }

        func characters(_ text: UnsafeBufferPointer<UInt8>) {}
    }

    /// The heading level (1…9) of a paragraph style, following `basedOn` chains; a style the
    /// styles part does not define is told by its id ("Heading1", "Virsraksts2").
    func headingLevel(ofStyle id: String) -> Int? {
        if let known = resolved[id] { return known.headingLevel }
        return Self.levelFromName(id)
    }

    func isListStyle(_ id: String) -> Bool {
        resolved[id]?.isList ?? false
    }

    /// Word stores built-in names in English ("heading 1") whatever the UI language; ids may be
    /// localised ("Virsraksts1") when no styles part names them.
    private static func levelFromName(_ name: String) -> Int? {
        let lowered = name.lowercased().replacingSpaces()
        for prefix in ["heading", "virsraksts"] where lowered.hasPrefix(prefix) {
            if let level = Int(lowered.dropFirst(prefix.count)), (1...9).contains(level) { return level }
        }
        return nil
    }
}

extension String {
    fileprivate func replacingSpaces() -> String { filter { $0 != " " } }
}

/// The WordprocessingML namespaces: transitional and strict.
enum WordNamespace {
    static let transitional = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"

    static func contains(_ uri: String) -> Bool { uri == transitional || uri == strict }
}
