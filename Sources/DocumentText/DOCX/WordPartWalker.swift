import DocumentModel

/// Walks one WordprocessingML part — the body, a header, the footnotes — and feeds what a reader
/// of the printed page would see into a ``BlockAssembler``.
///
/// What is kept and dropped follows Word's own rendering: field results but not field codes,
/// insertions but not deletions, a text box once even when `mc:AlternateContent` stores it twice.
struct WordPartWalker: XMLTextWalker {
    private let styles: WordStyles

    /// Open `w:fldChar` fields, innermost last: `true` once the field reached its result.
    private var fields: [Bool] = []
    /// Open `mc:AlternateContent` elements, innermost last: `true` once a choice was taken.
    private var alternateContent: [Bool] = []
    private var runDepth = 0
    private var inText = false
    private var inParagraphProperties = false

    init(styles: WordStyles) {
        self.styles = styles
    }

    /// Reads `bytes` into `assembler`.
    /// - Returns: the first well-formedness problem, if the part breaks off.
    static func walk(_ bytes: [UInt8], styles: WordStyles, limits: MarkupLimits, into assembler: inout BlockAssembler) -> XMLProblem? {
        var walker = WordPartWalker(styles: styles)
        return walker.walk(bytes, limits: limits, into: &assembler)
    }

    private var showsFieldText: Bool { fields.allSatisfy { $0 } }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ assembler: inout BlockAssembler) {
        if inText && showsFieldText { assembler.appendLiteral(bytes) }
    }

    /// Subtrees that hold nothing a reader sees, or a second copy of something they do.
    mutating func shouldSkip(_ name: String, namespace: String, attributes: XMLAttributes) -> Bool {
        // WordprocessingML first: nearly every element is one.
        guard WordNamespace.contains(namespace) else {
            guard namespace == WordNamespace.markupCompatibility else { return false }
            switch name {
            case "Choice":
                guard let taken = alternateContent.last else { return false }
                if taken { return true }
                alternateContent[alternateContent.count - 1] = true
                return false
            case "Fallback":
                return alternateContent.last == true
            default:
                return false
            }
        }
        switch name {
        case "del", "moveFrom", "delText", "instrText", "delInstrText",
            "rPr", "sdtPr", "sdtEndPr", "pPrChange", "rPrChange", "sectPr", "tblPr", "tblGrid", "trPr",
            "tblPrChange", "tcPrChange", "trPrChange", "tblPrEx":
            return true
        case "footnote", "endnote":
            let type = attributes.value("type", namespace: namespace) ?? "normal"
            return type != "normal"
        default:
            return false
        }
    }

    mutating func start(
        _ name: String,
        namespace: String,
        attributes: XMLAttributes,
        _ assembler: inout BlockAssembler
    ) {
        guard WordNamespace.contains(namespace) else {
            if namespace == WordNamespace.markupCompatibility, name == "AlternateContent" { alternateContent.append(false) }
            return
        }
        switch name {
        case "p":
            assembler.beginParagraph()
        case "pPr":
            inParagraphProperties = true
        case "pStyle" where inParagraphProperties:
            if let style = attributes.value("val", namespace: namespace) {
                if let level = styles.headingLevel(ofStyle: style) {
                    assembler.markHeading(level: level)
                } else if styles.isListStyle(style) {
                    assembler.markListItem()
                }
            }
        case "outlineLvl" where inParagraphProperties:
            if let level = attributes.value("val", namespace: namespace).flatMap({ Int($0) }), level < 9 {
                assembler.markHeading(level: level + 1)
            }
        case "framePr" where inParagraphProperties:
            if let dropCap = attributes.value("dropCap", namespace: namespace), dropCap != "none" {
                assembler.markDropCap()
            }
        case "numId" where inParagraphProperties:
            if let id = attributes.value("val", namespace: namespace), id != "0" { assembler.markListItem() }
        case "r":
            runDepth += 1
        case "t":
            inText = true
        case "tab", "ptab":
            if runDepth > 0 && showsFieldText { assembler.appendLiteral("\t") }
        case "br", "cr":
            if runDepth > 0 && showsFieldText { assembler.appendLiteral("\n") }
        case "noBreakHyphen":
            if showsFieldText { assembler.appendLiteral("-") }
        case "fldChar":
            switch attributes.value("fldCharType", namespace: namespace) {
            case "begin": fields.append(false)
            case "separate": if !fields.isEmpty { fields[fields.count - 1] = true }
            case "end": _ = fields.popLast()
            default: break
            }
        case "tbl":
            assembler.beginTable()
        case "tr":
            assembler.beginRow()
        case "tc":
            assembler.beginCell()
        case "gridSpan":
            if let span = attributes.value("val", namespace: namespace).flatMap({ Int($0) }) {
                assembler.widenCell(span: span)
            }
        case "gridBefore":
            if let count = attributes.value("val", namespace: namespace).flatMap({ Int($0) }) {
                assembler.skipColumns(count)
            }
        case "txbxContent":
            assembler.beginPart(.textBox)
        default:
            break
        }
    }

    mutating func end(_ name: String, namespace: String, _ assembler: inout BlockAssembler) {
        guard WordNamespace.contains(namespace) else {
            if namespace == WordNamespace.markupCompatibility, name == "AlternateContent" { _ = alternateContent.popLast() }
            return
        }
        switch name {
        case "p": assembler.endParagraph()
        case "pPr": inParagraphProperties = false
        case "r": runDepth = max(0, runDepth - 1)
        case "t": inText = false
        case "tc": assembler.endCell()
        case "tr": assembler.endRow()
        case "tbl": assembler.endTable()
        case "txbxContent": assembler.endPart()
        default: break
        }
    }
}
