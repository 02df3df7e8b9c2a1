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

    func shouldSkip(_ name: String, namespace: String, attributes: XMLAttributes) -> Bool {
        switch namespace {
        case ODFNamespace.office:
            switch name {
            case "meta", "settings", "scripts", "font-face-decls", "styles", "automatic-styles", "forms", "binary-data":
                return true
            case "body": return region != .body
            case "master-styles": return region != .masterPages
            default: return false
            }
        case ODFNamespace.text:
            switch name {
            case "note-citation", "number", "sequence-decls", "variable-decls",
                "user-field-decls", "dde-connection-decls", "table-of-content-source", "alphabetical-index-source",
                "illustration-index-source", "table-index-source", "object-index-source", "user-index-source",
                "bibliography-source":
                return true
            default: return false
            }
        case ODFNamespace.svg:
            return name == "title" || name == "desc"
        case ODFNamespace.dublinCore:
            return true
        case ODFNamespace.meta:
            return name == "date-string"
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
        if namespace == ODFNamespace.text, trackChange(starting: name, attributes: attributes) { return }
        guard trackedChangesDepth == 0, suppressingDeletion == nil else { return }
        switch (namespace, name) {
        case (ODFNamespace.office, "body"):
            activeDepth += 1
        case (ODFNamespace.style, let name) where Self.headerFooter[name] != nil:
            activeDepth += 1
            assembler.beginPart(Self.headerFooter[name] ?? .header)
        case _ where activeDepth == 0:
            return
        case (ODFNamespace.text, "p"), (ODFNamespace.text, "h"):
            paragraphDepth += 1
            assembler.beginParagraph()
            if name == "h" {
                let level = attributes.value("outline-level", namespace: ODFNamespace.text).flatMap { Int($0) } ?? 1
                assembler.markHeading(level: level)
            } else if listDepth > 0 {
                assembler.markListItem()
            }
        case (ODFNamespace.text, "list-item"), (ODFNamespace.text, "list-header"):
            listDepth += 1
        case (ODFNamespace.text, "s"):
            let count = attributes.value("c", namespace: ODFNamespace.text).flatMap { Int($0) } ?? 1
            assembler.appendLiteral(String(repeating: " ", count: min(max(count, 1), 1_000)))
        case (ODFNamespace.text, "tab"):
            assembler.appendLiteral("\t")
        case (ODFNamespace.text, "line-break"):
            assembler.appendLiteral("\n")
        case (ODFNamespace.text, "note"):
            let isEndnote = attributes.value("note-class", namespace: ODFNamespace.text) == "endnote"
            noteClasses.append(isEndnote ? .endnote : .footnote)
        case (ODFNamespace.text, "note-body"):
            assembler.beginPart(noteClasses.last ?? .footnote)
        case (ODFNamespace.office, "annotation"):
            assembler.beginPart(.comment)
        case (ODFNamespace.drawing, "text-box"):
            assembler.beginPart(.textBox)
        case (ODFNamespace.drawing, "object"):
            appendFormula(attributes.value("href", namespace: ODFNamespace.xlink), &assembler)
        case (ODFNamespace.table, "table"):
            assembler.beginTable()
        case (ODFNamespace.table, "table-row"):
            assembler.beginRow()
        case (ODFNamespace.table, "table-cell"):
            assembler.beginCell()
        case (ODFNamespace.table, "covered-table-cell"):
            assembler.skipColumns(1)
        default:
            break
        }
        if namespace == ODFNamespace.table, name == "table-cell",
            let repeated = attributes.value("number-columns-repeated", namespace: ODFNamespace.table).flatMap({ Int($0) }),
            repeated > 1
        {
            assembler.skipColumns(min(repeated, 10_000) - 1)
        }
    }

    mutating func end(_ name: String, namespace: String, _ assembler: inout BlockAssembler) {
        if namespace == ODFNamespace.text, name == "tracked-changes" {
            trackedChangesDepth = max(0, trackedChangesDepth - 1)
            return
        }
        guard trackedChangesDepth == 0, suppressingDeletion == nil else { return }
        switch (namespace, name) {
        case (ODFNamespace.office, "body"):
            assembler.finishOpenContent()
            activeDepth -= 1
        case (ODFNamespace.style, let name) where Self.headerFooter[name] != nil:
            assembler.finishOpenContent()
            assembler.endPart()
            activeDepth -= 1
        case _ where activeDepth == 0:
            return
        case (ODFNamespace.text, "p"), (ODFNamespace.text, "h"):
            paragraphDepth = max(0, paragraphDepth - 1)
            assembler.endParagraph()
        case (ODFNamespace.text, "list-item"), (ODFNamespace.text, "list-header"):
            listDepth = max(0, listDepth - 1)
        case (ODFNamespace.text, "note"):
            _ = noteClasses.popLast()
        case (ODFNamespace.text, "note-body"), (ODFNamespace.office, "annotation"), (ODFNamespace.drawing, "text-box"):
            assembler.endPart()
        case (ODFNamespace.table, "table"):
            assembler.endTable()
        case (ODFNamespace.table, "table-row"):
            assembler.endRow()
        case (ODFNamespace.table, "table-cell"):
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
    private mutating func trackChange(starting name: String, attributes: XMLAttributes) -> Bool {
        switch name {
        case "tracked-changes":
            trackedChangesDepth += 1
            return true
        case "changed-region" where trackedChangesDepth > 0:
            changedRegion = attributes.value("id", namespace: ODFNamespace.text)
                ?? attributes.value("id", namespace: "http://www.w3.org/XML/1998/namespace")
            return true
        case "deletion" where trackedChangesDepth > 0:
            if let region = changedRegion { deletedRegions.insert(region) }
            return true
        case "change-start":
            if let id = attributes.value("change-id", namespace: ODFNamespace.text), deletedRegions.contains(id) {
                suppressingDeletion = id
            }
            return true
        case "change-end":
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
