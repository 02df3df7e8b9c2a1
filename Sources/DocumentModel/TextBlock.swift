/// One unit of readable text — a paragraph, heading, list item or table cell — together with the
/// place it came from, so that every later decision can point a reviewer back to it.
public struct TextBlock: Sendable, Hashable, Codable {
    /// The text as a reader sees it: runs joined, fields shown by their result, deletions dropped.
    /// Line breaks inside the block are `\n`, tabs are `\t`.
    public var text: String
    public var kind: BlockKind
    /// 1 for a top-level heading; `nil` for every block that is not a heading.
    public var headingLevel: Int?
    public var location: BlockLocation

    public init(text: String, kind: BlockKind, headingLevel: Int? = nil, location: BlockLocation) {
        self.text = text
        self.kind = kind
        self.headingLevel = headingLevel
        self.location = location
    }
}

/// What role a block plays in its document.
public enum BlockKind: String, Sendable, Hashable, Codable, CaseIterable {
    case paragraph
    case heading
    case listItem
    /// A whole table cell; its paragraphs are joined with `\n`.
    case tableCell
}

/// Where inside a document a block sits.
///
/// The file path and submission id live one level up, on ``ReadDocument`` and ``Submission``: a
/// block is always reached through the document that holds it, so storing them once keeps a large
/// round's memory proportional to its text rather than to its text times its path lengths.
public struct BlockLocation: Sendable, Hashable, Codable {
    public var part: DocumentPart
    /// Position of the block in its document, counting from 1 in reading order across all parts.
    public var ordinal: Int
    /// The headings above this block, outermost first; empty before the first heading and outside
    /// the body.
    public var headingPath: [String]
    /// Set when the block is a table cell.
    public var cell: TableCellAddress?

    public init(part: DocumentPart, ordinal: Int, headingPath: [String] = [], cell: TableCellAddress? = nil) {
        self.part = part
        self.ordinal = ordinal
        self.headingPath = headingPath
        self.cell = cell
    }
}

/// The part of a document a block comes from. Reviewers weigh a sentence in a footnote or a
/// comment differently from one in the body, so the distinction is kept.
public enum DocumentPart: String, Sendable, Hashable, Codable, CaseIterable {
    case body
    case header
    case footer
    case footnote
    case endnote
    case comment
    case textBox
}

/// A table cell's address: which table of its part (from 1, in document order), row and column
/// (from 1; a cell spanning columns takes the number of its first column).
public struct TableCellAddress: Sendable, Hashable, Codable {
    public var table: Int
    public var row: Int
    public var column: Int

    public init(table: Int, row: Int, column: Int) {
        self.table = table
        self.row = row
        self.column = column
    }
}
