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

    init() {}

    init(bytes: [UInt8], limits: MarkupLimits = MarkupLimits()) {
        let read = try? XMLStreamReader.read(bytes, limits: limits) { reader -> [String: Style] in
            var styles: [String: Style] = [:]
            var currentID: String?
            var current = Style()
            var inParagraphProperties = false
            while reader.next() {
                let name = reader.localName
                let namespace = reader.namespace
                switch reader.kind {
                case .element where WordNamespace.contains(namespace):
                    switch name {
                    case "style":
                        let type = reader.attribute("type", namespace: namespace) ?? "paragraph"
                        currentID = type == "paragraph" ? reader.attribute("styleId", namespace: namespace) : nil
                        current = Style()
                        if reader.isEmptyElement, let id = currentID { styles[id] = current }
                    case "name": current.name = reader.attribute("val", namespace: namespace)
                    case "basedOn": current.basedOn = reader.attribute("val", namespace: namespace)
                    case "pPr": inParagraphProperties = !reader.isEmptyElement
                    case "outlineLvl" where inParagraphProperties:
                        current.outlineLevel = reader.attribute("val", namespace: namespace).flatMap { Int($0) }
                    case "numId" where inParagraphProperties:
                        current.hasNumbering = reader.attribute("val", namespace: namespace) != "0"
                    default: break
                    }
                case .endElement where name == "pPr":
                    inParagraphProperties = false
                case .endElement where name == "style":
                    if let id = currentID { styles[id] = current }
                    currentID = nil
                default: break
                }
            }
            return styles
        }
        styles = read?.result ?? [:]
    }

    /// The heading level (1…9) of a paragraph style, following `basedOn` chains.
    func headingLevel(ofStyle id: String) -> Int? {
        var seen: Set<String> = []
        var next: String? = id
        while let styleID = next, seen.insert(styleID).inserted {
            let style = styles[styleID]
            if let level = style?.outlineLevel { return level < 9 ? level + 1 : nil }
            if let level = Self.levelFromName(style?.name ?? styleID) { return level }
            next = style?.basedOn
        }
        return nil
    }

    func isListStyle(_ id: String) -> Bool {
        var seen: Set<String> = []
        var next: String? = id
        while let styleID = next, seen.insert(styleID).inserted {
            if styles[styleID]?.hasNumbering == true { return true }
            next = styles[styleID]?.basedOn
        }
        return false
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
