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
    /// How many of ``fields`` have not reached their result: text shows only when none is in
    /// its code. Kept as a count, so that text under thousands of open fields costs no scan.
    private var fieldsInCode = 0
    /// Open `mc:AlternateContent` elements, innermost last: `true` once a choice was taken.
    private var alternateContent: [Bool] = []
    private var runDepth = 0
    private var inText = false
    private var inParagraphProperties = false
    var elements = ElementCache<Element>()

    init(styles: WordStyles) {
        self.styles = styles
    }

    /// Reads `bytes` into `assembler`.
    /// - Returns: the first well-formedness problem, if the part breaks off.
    static func walk(_ bytes: [UInt8], styles: WordStyles, limits: MarkupLimits, into assembler: inout BlockAssembler) -> XMLProblem? {
        var walker = WordPartWalker(styles: styles)
        return walker.walk(bytes, limits: limits, into: &assembler)
    }

    private var showsFieldText: Bool { fieldsInCode == 0 }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ assembler: inout BlockAssembler) {
        if inText && showsFieldText { assembler.appendLiteral(bytes) }
    }

    /// The elements the walker acts on: WordprocessingML's, in either of its namespaces, and
    /// the markup-compatibility elements that wrap alternatives.
    enum Element {
        /// A subtree that holds nothing a reader sees: deleted text, field codes, properties.
        case hidden
        /// A footnote or endnote, read unless it is a separator.
        case note
        case paragraph, paragraphProperties, paragraphStyle, outlineLevel, frameProperties, numbering
        case run, text, tab, lineBreak, noBreakHyphen, fieldCharacter
        case table, row, cell, gridSpan, gridBefore, textBoxContent
        case alternateContent, choice, fallback
        case other
    }

    static func element(_ name: String, namespace: String) -> Element {
        guard WordNamespace.contains(namespace) else {
            guard namespace == WordNamespace.markupCompatibility else { return .other }
            switch name {
            case "AlternateContent": return .alternateContent
            case "Choice": return .choice
            case "Fallback": return .fallback
            default: return .other
            }
        }
        switch name {
        case "del", "moveFrom", "delText", "instrText", "delInstrText",
            "rPr", "sdtPr", "sdtEndPr", "pPrChange", "rPrChange", "sectPr", "tblPr", "tblGrid", "trPr",
            "tblPrChange", "tcPrChange", "trPrChange", "tblPrEx":
            return .hidden
        case "footnote", "endnote": return .note
        case "p": return .paragraph
        case "pPr": return .paragraphProperties
        case "pStyle": return .paragraphStyle
        case "outlineLvl": return .outlineLevel
        case "framePr": return .frameProperties
        case "numId": return .numbering
        case "r": return .run
        case "t": return .text
        case "tab", "ptab": return .tab
        case "br", "cr": return .lineBreak
        case "noBreakHyphen": return .noBreakHyphen
        case "fldChar": return .fieldCharacter
        case "tbl": return .table
        case "tr": return .row
        case "tc": return .cell
        case "gridSpan": return .gridSpan
        case "gridBefore": return .gridBefore
        case "txbxContent": return .textBoxContent
        default: return .other
        }
    }

    /// Subtrees that hold nothing a reader sees, or a second copy of something they do.
    mutating func shouldSkip(_ element: Element, namespace: String, attributes: XMLAttributes) -> Bool {
        switch element {
        case .hidden:
            return true
        case .note:
            let type = attributes.value("type", namespace: namespace) ?? "normal"
            return type != "normal"
        case .choice:
            guard let taken = alternateContent.last else { return false }
            if taken { return true }
            alternateContent[alternateContent.count - 1] = true
            return false
        case .fallback:
            return alternateContent.last == true
        default:
            return false
        }
    }

    mutating func start(
        _ element: Element,
        namespace: String,
        attributes: XMLAttributes,
        _ assembler: inout BlockAssembler
    ) {
        switch element {
        case .alternateContent:
            alternateContent.append(false)
        case .paragraph:
            assembler.beginParagraph()
        case .paragraphProperties:
            inParagraphProperties = true
        case .paragraphStyle where inParagraphProperties:
            if let style = attributes.value("val", namespace: namespace) {
                if let level = styles.headingLevel(ofStyle: style) {
                    assembler.markHeading(level: level)
                } else if styles.isListStyle(style) {
                    assembler.markListItem()
                }
            }
        case .outlineLevel where inParagraphProperties:
            if let level = attributes.value("val", namespace: namespace).flatMap({ Int($0) }), level < 9 {
                assembler.markHeading(level: level + 1)
            }
        case .frameProperties where inParagraphProperties:
            if let dropCap = attributes.value("dropCap", namespace: namespace), dropCap != "none" {
                assembler.markDropCap()
            }
        case .numbering where inParagraphProperties:
            if let id = attributes.value("val", namespace: namespace), id != "0" { assembler.markListItem() }
        case .run:
            runDepth += 1
        case .text:
            inText = true
        case .tab:
            if runDepth > 0 && showsFieldText { assembler.appendLiteral("\t") }
        case .lineBreak:
            if runDepth > 0 && showsFieldText { assembler.appendLiteral("\n") }
        case .noBreakHyphen:
            if showsFieldText { assembler.appendLiteral("-") }
        case .fieldCharacter:
            switch attributes.value("fldCharType", namespace: namespace) {
            case "begin":
                fields.append(false)
                fieldsInCode += 1
            case "separate":
                if let last = fields.indices.last, !fields[last] {
                    fields[last] = true
                    fieldsInCode -= 1
                }
            case "end":
                if fields.popLast() == false { fieldsInCode -= 1 }
            default: break
            }
        case .table:
            assembler.beginTable()
        case .row:
            assembler.beginRow()
        case .cell:
            assembler.beginCell()
        case .gridSpan:
            if let span = attributes.value("val", namespace: namespace).flatMap({ Int($0) }) {
                assembler.widenCell(span: span)
            }
        case .gridBefore:
            if let count = attributes.value("val", namespace: namespace).flatMap({ Int($0) }) {
                assembler.skipColumns(count)
            }
        case .textBoxContent:
            assembler.beginPart(.textBox)
        default:
            break
        }
    }

    mutating func end(_ element: Element, _ assembler: inout BlockAssembler) {
        switch element {
        case .alternateContent: _ = alternateContent.popLast()
        case .paragraph: assembler.endParagraph()
        case .paragraphProperties: inParagraphProperties = false
        case .run: runDepth = max(0, runDepth - 1)
        case .text: inText = false
        case .cell: assembler.endCell()
        case .row: assembler.endRow()
        case .table: assembler.endTable()
        case .textBoxContent: assembler.endPart()
        default: break
        }
    }
}
