import DocumentModel

/// Walks an OpenDocument XML stream — `content.xml`, `styles.xml` or a whole flat `.fodt` — and
/// feeds its visible text into a ``BlockAssembler``.
///
/// One walk reads one region: the body, or the master pages' headers and footers. A flat
/// document is walked once for each, so that its blocks come in the same order as a packaged one.
struct ODFTextWalker: XMLTextWalker {
    enum Region {
        case body
        case masterPages
    }

    private let region: Region
    /// The text of embedded formulas, by object folder as ``PackageParts`` normalises it.
    private let formulas: [String: String]
    /// How many regions we are inside (`office:body`, or a `style:header`/`style:footer`).
    /// The deepest outline level ODF defines.
    static let maxOutlineLevel = 10

    private var activeDepth = 0
    private var paragraphDepth = 0
    private var listDepth = 0
    /// The class (`footnote`/`endnote`) of each open `text:note`.
    private var noteClasses: [DocumentPart] = []
    /// Depth inside `text:tracked-changes`, whose stored deletions are never shown.
    private var trackedChangesDepth = 0
    /// The `text:changed-region` being read, and the ids of those that record deletions.
    private var changedRegion: String?
    private var deletedRegions: Set<String> = []
    /// Set between a `text:change-start` and `text:change-end` that bracket deleted text (some
    /// producers keep deleted text inline that way).
    private var suppressingDeletion: String?
    var elements = ElementCache<Element>()

    private init(region: Region, formulas: [String: String]) {
        self.region = region
        self.formulas = formulas
    }

    static func walk(
        _ bytes: [UInt8],
        region: Region,
        formulas: [String: String] = [:],
        limits: MarkupLimits,
        into assembler: inout BlockAssembler
    ) -> XMLProblem? {
        var walker = ODFTextWalker(region: region, formulas: formulas)
        return walker.walk(bytes, limits: limits, into: &assembler)
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, _ assembler: inout BlockAssembler) {
        if activeDepth > 0 && paragraphDepth > 0 && trackedChangesDepth == 0 && suppressingDeletion == nil {
            assembler.appendCollapsing(bytes)
        }
    }

    /// The elements the walker acts on.
    enum Element {
        /// Metadata, settings, styles, generated numbers and index sources: nothing a reader sees.
        case hidden
        /// `office:body`, read in the body region.
        case body
        /// `office:master-styles`, read in the master pages' region.
        case masterStyles
        /// `style:header`, `style:footer` and their variants.
        case headerFooter(DocumentPart)
        case paragraph, heading, listItem, space, tab, lineBreak, note, noteBody
        case trackedChanges, changedRegion, deletion, changeStart, changeEnd
        /// Any other element of the text namespace.
        case otherText
        case annotation, textBox, object
        case table, tableRow, tableCell, coveredTableCell
        case other

        /// An element of the text namespace, which tracked changes consume.
        var isText: Bool {
            switch self {
            case .paragraph, .heading, .listItem, .space, .tab, .lineBreak, .note, .noteBody, .trackedChanges, .changedRegion,
                .deletion, .changeStart, .changeEnd, .otherText:
                true
            default:
                false
            }
        }
    }

    static func element(_ name: String, namespace: String) -> Element {
        switch namespace {
        case ODFNamespace.office:
            switch name {
            case "meta", "settings", "scripts", "font-face-decls", "styles", "automatic-styles", "forms", "binary-data": return .hidden
            case "body": return .body
            case "master-styles": return .masterStyles
            case "annotation": return .annotation
            default: return .other
            }
        case ODFNamespace.text:
            switch name {
            case "note-citation", "number", "sequence-decls", "variable-decls",
                "user-field-decls", "dde-connection-decls", "table-of-content-source", "alphabetical-index-source",
                "illustration-index-source", "table-index-source", "object-index-source", "user-index-source",
                "bibliography-source":
                return .hidden
            case "p": return .paragraph
            case "h": return .heading
            case "list-item", "list-header": return .listItem
            case "s": return .space
            case "tab": return .tab
            case "line-break": return .lineBreak
            case "note": return .note
            case "note-body": return .noteBody
            case "tracked-changes": return .trackedChanges
            case "changed-region": return .changedRegion
            case "deletion": return .deletion
            case "change-start": return .changeStart
            case "change-end": return .changeEnd
            default: return .otherText
            }
        case ODFNamespace.style:
            return Self.headerFooter[name].map { .headerFooter($0) } ?? .other
        case ODFNamespace.drawing:
            switch name {
            case "text-box": return .textBox
            case "object": return .object
            default: return .other
            }
        case ODFNamespace.table:
            switch name {
            case "table": return .table
            case "table-row": return .tableRow
            case "table-cell": return .tableCell
            case "covered-table-cell": return .coveredTableCell
            default: return .other
            }
        case ODFNamespace.svg:
            return name == "title" || name == "desc" ? .hidden : .other
        case ODFNamespace.dublinCore:
            return .hidden
        case ODFNamespace.meta:
            return name == "date-string" ? .hidden : .other
        default:
            return .other
        }
    }

    func shouldSkip(_ element: Element, namespace: String, attributes: XMLAttributes) -> Bool {
        switch element {
        case .hidden: true
        case .body: region != .body
        case .masterStyles: region != .masterPages
        default: false
        }
    }

    mutating func start(
        _ element: Element,
        namespace: String,
        attributes: XMLAttributes,
        _ assembler: inout BlockAssembler
    ) {
        if element.isText, trackChange(starting: element, attributes: attributes) { return }
        guard trackedChangesDepth == 0, suppressingDeletion == nil else { return }
        switch element {
        case .body:
            activeDepth += 1
        case .headerFooter(let part):
            activeDepth += 1
            assembler.beginPart(part)
        case _ where activeDepth == 0:
            return
        case .paragraph, .heading:
            paragraphDepth += 1
            assembler.beginParagraph()
            if case .heading = element {
                // ODF has ten outline levels; a document claiming 20,000 would make every block
                // carry a path of as many headings.
                let level = attributes.value("outline-level", namespace: ODFNamespace.text).flatMap { Int($0) } ?? 1
                assembler.markHeading(level: min(max(level, 1), Self.maxOutlineLevel))
            } else if listDepth > 0 {
                assembler.markListItem()
            }
        case .listItem:
            listDepth += 1
        case .space:
            let count = attributes.value("c", namespace: ODFNamespace.text).flatMap { Int($0) } ?? 1
            assembler.appendLiteral(String(repeating: " ", count: min(max(count, 1), 1_000)))
        case .tab:
            assembler.appendLiteral("\t")
        case .lineBreak:
            assembler.appendLiteral("\n")
        case .note:
            let isEndnote = attributes.value("note-class", namespace: ODFNamespace.text) == "endnote"
            noteClasses.append(isEndnote ? .endnote : .footnote)
        case .noteBody:
            assembler.beginPart(noteClasses.last ?? .footnote)
        case .annotation:
            assembler.beginPart(.comment)
        case .textBox:
            assembler.beginPart(.textBox)
        case .object:
            appendFormula(attributes.value("href", namespace: ODFNamespace.xlink), &assembler)
        case .table:
            assembler.beginTable()
        case .tableRow:
            assembler.beginRow()
        case .tableCell:
            assembler.beginCell()
            if let repeated = attributes.value("number-columns-repeated", namespace: ODFNamespace.table).flatMap({ Int($0) }), repeated > 1 {
                assembler.skipColumns(min(repeated, 10_000) - 1)
            }
        case .coveredTableCell:
            assembler.skipColumns(1)
        default:
            break
        }
    }

    mutating func end(_ element: Element, _ assembler: inout BlockAssembler) {
        if case .trackedChanges = element {
            trackedChangesDepth = max(0, trackedChangesDepth - 1)
            return
        }
        guard trackedChangesDepth == 0, suppressingDeletion == nil else { return }
        switch element {
        case .body:
            assembler.finishOpenContent()
            activeDepth -= 1
        case .headerFooter:
            assembler.finishOpenContent()
            assembler.endPart()
            activeDepth -= 1
        case _ where activeDepth == 0:
            return
        case .paragraph, .heading:
            paragraphDepth = max(0, paragraphDepth - 1)
            assembler.endParagraph()
        case .listItem:
            listDepth = max(0, listDepth - 1)
        case .note:
            _ = noteClasses.popLast()
        case .noteBody, .annotation, .textBox:
            assembler.endPart()
        case .table:
            assembler.endTable()
        case .tableRow:
            assembler.endRow()
        case .tableCell:
            assembler.endCell()
        default:
            break
        }
    }

    /// Writes an embedded formula's text where the formula stands, as a word among words.
    private func appendFormula(_ href: String?, _ assembler: inout BlockAssembler) {
        guard var path = href, !formulas.isEmpty else { return }
        while path.hasPrefix("./") { path.removeFirst(2) }
        guard let text = formulas[PackageParts.normalise(path)] else { return }
        let standsAlone = paragraphDepth == 0
        if standsAlone { assembler.beginParagraph() }
        assembler.appendCollapsing(" \(text) ")
        if standsAlone { assembler.endParagraph() }
    }

    /// Bookkeeping for tracked changes. Returns `true` when the element was consumed by it.
    private mutating func trackChange(starting element: Element, attributes: XMLAttributes) -> Bool {
        switch element {
        case .trackedChanges:
            trackedChangesDepth += 1
            return true
        case .changedRegion where trackedChangesDepth > 0:
            changedRegion = attributes.value("id", namespace: ODFNamespace.text)
                ?? attributes.value("id", namespace: "http://www.w3.org/XML/1998/namespace")
            return true
        case .deletion where trackedChangesDepth > 0:
            if let region = changedRegion { deletedRegions.insert(region) }
            return true
        case .changeStart:
            if let id = attributes.value("change-id", namespace: ODFNamespace.text), deletedRegions.contains(id) {
                suppressingDeletion = id
            }
            return true
        case .changeEnd:
            if let id = attributes.value("change-id", namespace: ODFNamespace.text), id == suppressingDeletion {
                suppressingDeletion = nil
            }
            return true
        default:
            return trackedChangesDepth > 0
        }
    }

    private static let headerFooter: [String: DocumentPart] = [
        "header": .header, "header-left": .header, "header-first": .header,
        "footer": .footer, "footer-left": .footer, "footer-first": .footer,
    ]
}
