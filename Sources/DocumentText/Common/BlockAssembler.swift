import DocumentModel
import UTF8Text

/// Turns the events of a document walk — paragraph starts, text runs, table cells, notes — into
/// located ``TextBlock``s.
///
/// Every format reader (DOCX, ODT, HTML) drives one of these, so that what a block is, how a
/// heading path is kept and how a table cell is addressed is decided in one place.
struct BlockAssembler {
    private(set) var blocks: [TextBlock] = []

    private var parts: [DocumentPart] = [.body]
    private var paragraphs: [Paragraph] = []
    private var tables: [Table] = []
    private var tableCount = 0
    /// Heading texts with their levels; the body's current outline position.
    private var headings: [(level: Int, text: String)] = []
    /// Blocks finished inside an open paragraph (a note, a comment, a text box), emitted after
    /// the paragraph that anchors them so that reading order stays natural.
    private var deferred: [TextBlock] = []
    /// A drop cap's letters, held until the paragraph they begin opens.
    private var dropCap: DropCap?
    private var ordinal = 0
    /// Bytes of text the document may yield, and how many it has so far: text past the limit
    /// is dropped, and ``textLimitReached`` says so.
    private let maxTextBytes: Int
    private var textBytes = 0
    private(set) var textLimitReached = false

    /// A heading longer than this is cut (with `…`) in the heading paths of the blocks under it,
    /// which every passage quotes: a "heading" of megabytes would be written out again for each.
    static let maxHeadingPathBytes = 512

    init(maxTextBytes: Int = .max) {
        self.maxTextBytes = maxTextBytes
    }

    private struct Paragraph {
        /// The text so far as UTF-8, made a `String` once, when the paragraph ends.
        var text: [UInt8] = []
        var kind: BlockKind = .paragraph
        var headingLevel: Int?
        /// How deep the table stack was when the paragraph opened: a paragraph belongs to a cell
        /// only if that cell is the innermost container around it.
        var tableDepth: Int
        var partDepth: Int
        /// Whether the last character appended came from collapsible whitespace.
        var endsInCollapsedSpace = true
        var isDropCap = false
    }

    /// Word stores a drop cap ("D" of "Drop") as a paragraph of its own, framed beside the next
    /// one; on the page — and for search — the letters are the start of that next paragraph.
    private struct DropCap {
        var text: String
        var tableDepth: Int
        var partDepth: Int
    }

    private struct Table {
        var index: Int
        var row = 0
        var column = 0
        var nextColumn = 1
        var cell: Cell?
        var partDepth: Int
    }

    private struct Cell {
        var row: Int
        var column: Int
        var paragraphs: [(text: String, kind: BlockKind, headingLevel: Int?)] = []
    }

    var currentPart: DocumentPart { parts.last ?? .body }

    // MARK: Parts

    /// Enters a part: a header, a footnote, a text box. Parts nest (a text box in a footnote);
    /// the innermost one names the blocks — except that a text box in a header or footer stays
    /// header or footer: it is page furniture repeated on every page (a page number in a frame),
    /// and must not read as a text box of the body.
    mutating func beginPart(_ part: DocumentPart) {
        let isFurniture = currentPart == .header || currentPart == .footer
        parts.append(part == .textBox && isFurniture ? currentPart : part)
    }

    mutating func endPart() {
        if parts.count > 1 { parts.removeLast() }
        flushDeferredIfOutside()
    }

    // MARK: Paragraphs

    mutating func beginParagraph() {
        var paragraph = Paragraph(tableDepth: tables.count, partDepth: parts.count)
        if let dropCap {
            self.dropCap = nil
            if dropCap.tableDepth == tables.count, dropCap.partDepth == parts.count {
                paragraph.text = Array(dropCap.text.utf8)
                paragraph.endsInCollapsedSpace = false
            } else {
                emit(text: dropCap.text, kind: .paragraph, headingLevel: nil, cell: nil)
            }
        }
        paragraphs.append(paragraph)
    }

    /// Marks the open paragraph as a drop cap: its text begins the next paragraph.
    mutating func markDropCap() {
        guard !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].isDropCap = true
    }

    /// Marks the open paragraph as a heading of `level` (1 = top).
    mutating func markHeading(level: Int) {
        guard !paragraphs.isEmpty else { return }
        paragraphs[paragraphs.count - 1].kind = .heading
        paragraphs[paragraphs.count - 1].headingLevel = max(1, level)
    }

    mutating func markListItem() {
        guard !paragraphs.isEmpty, paragraphs[paragraphs.count - 1].kind == .paragraph else { return }
        paragraphs[paragraphs.count - 1].kind = .listItem
    }

    /// Appends text as written: every character counts (DOCX runs, explicit spaces and tabs).
    mutating func appendLiteral(_ text: String) {
        var text = text
        text.withUTF8 { appendLiteral($0) }
    }

    /// Appends valid UTF-8 as written, like ``appendLiteral(_:)-(String)``.
    mutating func appendLiteral(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !textLimitReached else { return }
        if paragraphs.isEmpty { beginParagraph() }
        var atStart = false
        let before = paragraphs[paragraphs.count - 1].text.count
        var appended = Self.clean(bytes, collapsing: false, atStart: &atStart, into: &paragraphs[paragraphs.count - 1].text)
        appended = countText(appendedSince: before) && appended
        // Literal spaces are content; a collapsing run after them keeps its own first space.
        if appended { paragraphs[paragraphs.count - 1].endsInCollapsedSpace = false }
    }

    /// Appends text whose whitespace runs collapse to one space, as in HTML and ODF.
    mutating func appendCollapsing(_ text: String) {
        var text = text
        text.withUTF8 { appendCollapsing($0) }
    }

    /// Appends valid UTF-8 with its whitespace runs collapsed, like ``appendCollapsing(_:)-(String)``.
    mutating func appendCollapsing(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard !textLimitReached else { return }
        if paragraphs.isEmpty { beginParagraph() }
        var atStart = paragraphs[paragraphs.count - 1].endsInCollapsedSpace
        let before = paragraphs[paragraphs.count - 1].text.count
        guard Self.clean(bytes, collapsing: true, atStart: &atStart, into: &paragraphs[paragraphs.count - 1].text) else { return }
        guard countText(appendedSince: before) else { return }
        paragraphs[paragraphs.count - 1].endsInCollapsedSpace = paragraphs[paragraphs.count - 1].text.last == 0x20
    }

    /// Counts what the open paragraph gained past `before` bytes against the document's text
    /// limit; past it, cuts the paragraph back to the limit (at a character's start) and marks
    /// the limit reached. Returns whether anything of it was kept.
    private mutating func countText(appendedSince before: Int) -> Bool {
        let index = paragraphs.count - 1
        let added = paragraphs[index].text.count - before
        guard textBytes + added > maxTextBytes else {
            textBytes += added
            return added > 0
        }
        var keep = before + max(0, maxTextBytes - textBytes)
        while keep > before, keep < paragraphs[index].text.count, paragraphs[index].text[keep] & 0xC0 == 0x80 { keep -= 1 }
        paragraphs[index].text.removeSubrange(keep...)
        textBytes += keep - before
        textLimitReached = true
        return keep > before
    }

    /// The problem to report when the document yielded more text than it may: reading stopped
    /// at the `text-bytes` limit, and the text before it is kept.
    func textLimitProblem(_ limits: MarkupLimits) -> ExtractionProblem? {
        guard textLimitReached else { return nil }
        return ExtractionProblem(
            kind: .limitReached,
            message: "the document yields more than \(LimitHit.bytes(maxTextBytes)) of text (limit text-bytes)",
            limit: limits.hit(.textBytes)
        )
    }

    /// Appends `text` to `output` without invisible characters and, when `collapsing`, with
    /// every whitespace run as one space (none at the start of a paragraph, tracked through
    /// `atStart`). Returns whether anything was appended.
    ///
    /// Byte by byte, straight into the paragraph's bytes: every character of every document
    /// passes through here.
    private static func clean(_ bytes: UnsafeBufferPointer<UInt8>, collapsing: Bool, atStart: inout Bool, into output: inout [UInt8]) -> Bool {
        // Most text has neither invisible characters nor whitespace to collapse.
        let plain = !bytes.contains { mayStartInvisible($0) || (collapsing && isCollapsible($0)) }
        if plain {
            guard !bytes.isEmpty else { return false }
            atStart = false
            output.append(contentsOf: bytes)
            return true
        }
        let countBefore = output.count
        var pendingSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if collapsing && isCollapsible(byte) {
                pendingSpace = true
                index += 1
                continue
            }
            let invisible = invisibleLength(bytes, at: index)
            if invisible > 0 {
                index += invisible
                continue
            }
            if pendingSpace && !atStart { output.append(0x20) }
            pendingSpace = false
            atStart = false
            // Copy the run up to the next byte that may be white space or invisible.
            var runEnd = index + 1
            while runEnd < bytes.count {
                let next = bytes[runEnd]
                if Self.mayStartInvisible(next) || (collapsing && isCollapsible(next)) { break }
                runEnd += 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
            index = runEnd
        }
        if pendingSpace && !atStart { output.append(0x20) }
        return output.count > countBefore
    }

    /// The paragraph's bytes as text, without the white space at either end.
    private static func trimmedText(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0
            var end = bytes.count
            while start < end, let width = whitespaceWidth(bytes, at: start) { start += width }
            while end > start, let width = whitespaceWidth(bytes, endingAt: end) { end -= width }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
    }

    /// The width of the scalar at `index` if it is white space (Unicode's property), else `nil`.
    private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let lead = bytes[index]
        if lead < 0x80 { return lead == 0x20 || (0x09...0x0D).contains(lead) ? 1 : nil }
        let width = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard index + width <= bytes.count else { return nil }
        return isWhitespace(UnsafeBufferPointer(rebasing: bytes[index..<(index + width)])) ? width : nil
    }

    /// The width of the scalar ending just before `end` if it is white space, else `nil`.
    private static func whitespaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int? {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard let width = whitespaceWidth(bytes, at: start), start + width == end else { return nil }
        return width
    }

    private static func isWhitespace(_ scalarBytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var iterator = scalarBytes.makeIterator()
        var decoder = UTF8()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
        return scalar.properties.isWhitespace
    }

    /// Whitespace that collapses: space, tab, line feed, carriage return, form feed.
    private static func isCollapsible(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// Whether `byte` may lead a character ``invisibleLength(_:at:)`` drops or one that may be
    /// white space (U+00A0, U+2000–U+205F, …).
    private static func mayStartInvisible(_ byte: UInt8) -> Bool {
        byte == 0xC2 || byte == 0xCD || byte == 0xE2 || byte == 0xEF
    }

    /// The length of the character at `index` if it takes no room on the page and joins or
    /// parts nothing a reader sees — a soft hyphen (U+00AD), the combining grapheme joiner
    /// (U+034F), a zero-width space, non-joiner or joiner (U+200B–U+200D), a word joiner
    /// (U+2060) or a byte order mark (U+FEFF) — else 0. Inside a word they would keep it from
    /// matching.
    private static func invisibleLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let remaining = bytes.count - index
        guard remaining >= 2 else { return 0 }
        let lead = bytes[index]
        if lead == 0xC2, bytes[index + 1] == 0xAD { return 2 }
        if lead == 0xCD, bytes[index + 1] == 0x8F { return 2 }
        guard remaining >= 3 else { return 0 }
        if lead == 0xE2, bytes[index + 1] == 0x80, (0x8B...0x8D).contains(bytes[index + 2]) { return 3 }
        if lead == 0xE2, bytes[index + 1] == 0x81, bytes[index + 2] == 0xA0 { return 3 }
        if lead == 0xEF, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return 3 }
        return 0
    }

    /// Ends the innermost paragraph: it becomes a block, or part of the cell around it.
    mutating func endParagraph() {
        guard let paragraph = paragraphs.popLast() else { return }
        let text = Self.trimmedText(paragraph.text)
        defer { flushDeferredIfOutside() }
        guard !text.isEmpty else { return }
        if paragraph.isDropCap {
            dropCap = DropCap(text: text, tableDepth: paragraph.tableDepth, partDepth: paragraph.partDepth)
            return
        }

        if paragraph.tableDepth > 0, paragraph.partDepth == parts.count, tables.count == paragraph.tableDepth,
            tables[tables.count - 1].cell != nil
        {
            tables[tables.count - 1].cell?.paragraphs.append((text, paragraph.kind, paragraph.headingLevel))
            return
        }
        emit(text: text, kind: paragraph.kind, headingLevel: paragraph.headingLevel, cell: nil)
        if paragraph.kind == .heading, let level = paragraph.headingLevel, isInBodyFlow {
            headings.removeAll { $0.level >= level }
            headings.append((level, Self.headingForPath(text)))
        }
    }

    // MARK: Tables

    mutating func beginTable() {
        tableCount += 1
        tables.append(Table(index: tableCount, partDepth: parts.count))
    }

    mutating func endTable() {
        if tables.last?.cell != nil { endCell() }
        tables.popLast().map { _ in () }
        flushDeferredIfOutside()
    }

    mutating func beginRow() {
        guard !tables.isEmpty else { return }
        tables[tables.count - 1].row += 1
        tables[tables.count - 1].nextColumn = 1
    }

    mutating func endRow() {}

    /// Opens a cell; `span` is how many grid columns it covers.
    mutating func beginCell(span: Int = 1) {
        if tables.isEmpty { beginTable() }
        if tables[tables.count - 1].cell != nil { endCell() }
        if tables[tables.count - 1].row == 0 { beginRow() }
        let column = tables[tables.count - 1].nextColumn
        advanceColumn(by: max(1, span))
        tables[tables.count - 1].cell = Cell(row: tables[tables.count - 1].row, column: column)
    }

    /// Widens the open cell after the fact (DOCX states `gridSpan` inside the cell).
    mutating func widenCell(span: Int) {
        guard !tables.isEmpty, tables[tables.count - 1].cell != nil else { return }
        // `Int.min - 1` would trap: a span below 1 widens nothing.
        advanceColumn(by: max(span, 1) - 1)
    }

    /// Accounts for cells that hold nothing (covered by a span, or repeated empties).
    mutating func skipColumns(_ count: Int) {
        guard !tables.isEmpty else { return }
        advanceColumn(by: count)
    }

    /// Columns a table can have: more than any editor writes (a spreadsheet's 16,384), few
    /// enough that a hostile span of 2⁶³ cannot overflow the column count.
    static let maxColumns = 16_384

    private mutating func advanceColumn(by count: Int) {
        let next = tables[tables.count - 1].nextColumn
        tables[tables.count - 1].nextColumn = min(Self.maxColumns, next + min(max(0, count), Self.maxColumns))
    }

    mutating func endCell() {
        while let open = paragraphs.last, open.tableDepth == tables.count, open.partDepth == parts.count,
            !tables.isEmpty, tables[tables.count - 1].cell != nil
        {
            endParagraph()
        }
        guard !tables.isEmpty, let cell = tables[tables.count - 1].cell else { return }
        tables[tables.count - 1].cell = nil
        // A cell that holds a heading lays out a page (a web page built as one big table), it
        // holds no datum: its headings and paragraphs stay blocks of their own, headings lead the
        // path, so that a passage is found — and shown — where it stands.
        if cell.paragraphs.contains(where: { $0.kind == .heading }) {
            for paragraph in cell.paragraphs {
                emit(text: paragraph.text, kind: paragraph.kind, headingLevel: paragraph.headingLevel, cell: nil)
                if paragraph.kind == .heading, let level = paragraph.headingLevel, parts == [.body] {
                    headings.removeAll { $0.level >= level }
                    headings.append((level, Self.headingForPath(paragraph.text)))
                }
            }
            flushDeferredIfOutside()
            return
        }
        let text = cell.paragraphs.map(\.text).joined(separator: "\n")
        if !text.isEmpty {
            let address = TableCellAddress(table: tables[tables.count - 1].index, row: cell.row, column: cell.column)
            emit(text: text, kind: .tableCell, headingLevel: nil, cell: address)
        }
        flushDeferredIfOutside()
    }

    // MARK: Finishing

    /// Closes paragraphs and tables left open — by a part that broke off half-way, which keeps
    /// its last words — without leaving the current part.
    mutating func finishOpenContent() {
        if let dropCap {
            self.dropCap = nil
            emit(text: dropCap.text, kind: .paragraph, headingLevel: nil, cell: nil)
        }
        let baseDepth = parts.count
        while !paragraphs.isEmpty || !tables.isEmpty {
            if let paragraph = paragraphs.last, paragraph.tableDepth >= tables.count {
                while parts.count > paragraph.partDepth { parts.removeLast() }
                endParagraph()
            } else {
                endTable()
            }
        }
        while parts.count > baseDepth { parts.removeLast() }
        flushDeferredIfOutside()
    }

    /// Closes everything and returns the blocks in reading order.
    mutating func finish() -> [TextBlock] {
        finishOpenContent()
        parts = [.body]
        flushDeferredIfOutside()
        return blocks
    }

    // MARK: Private

    /// `text` as the heading paths of the blocks under it record it: whole, or cut at
    /// ``maxHeadingPathBytes`` (at a character) and marked with `…`.
    private static func headingForPath(_ text: String) -> String {
        guard text.utf8.count > maxHeadingPathBytes else { return text }
        return text.prefix(maxUTF8Bytes: maxHeadingPathBytes) + "…"
    }

    private var isInBodyFlow: Bool { parts.count == 1 && parts[0] == .body && tables.isEmpty }

    private mutating func emit(text: String, kind: BlockKind, headingLevel: Int?, cell: TableCellAddress?) {
        let part = currentPart
        let path = part == .header || part == .footer ? [] : headings.map(\.text)
        let block = TextBlock(
            text: text,
            kind: kind,
            headingLevel: headingLevel,
            location: BlockLocation(part: part, ordinal: 0, headingPath: path, cell: cell)
        )
        if paragraphs.isEmpty {
            append(block)
        } else {
            deferred.append(block)
        }
    }

    private mutating func append(_ block: TextBlock) {
        ordinal += 1
        var block = block
        block.location.ordinal = ordinal
        blocks.append(block)
    }

    private mutating func flushDeferredIfOutside() {
        guard paragraphs.isEmpty, !deferred.isEmpty else { return }
        let pending = deferred
        deferred = []
        for block in pending { append(block) }
    }

}
