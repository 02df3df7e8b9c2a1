public import DocumentModel

/// The header cells of a submission's tables — each table's first row and first column — so
/// that a cell quoted as evidence is shown with the row and the column it stands in: „27 biedri
/// un 20 brīvprātīgie” under the row „Cilvēkresursi”, not a bare cell address.
public struct TableHeaders: Sendable {
    private struct Key: Hashable {
        var file: String
        var table: Int
        var row: Int
        var column: Int
    }

    private var cells: [Key: String] = [:]

    /// A header longer than this is cut: it names the row, it is not read.
    static let longestHeader = 60

    public init(_ submission: Submission) {
        for document in submission.documents {
            for block in document.blocks {
                guard let cell = block.location.cell, cell.row == 1 || cell.column == 1 else { continue }
                let key = Key(file: document.path, table: cell.table, row: cell.row, column: cell.column)
                cells[key] = Self.shortened(block.text)
            }
        }
    }

    /// The headers of the row and the column of the cell at `cell` in `file`: none for a header
    /// cell itself, nor where the table has none.
    public func headers(of cell: TableCellAddress?, in file: String) -> (row: String?, column: String?) {
        guard let cell else { return (nil, nil) }
        let row = cell.column == 1 ? nil : cells[Key(file: file, table: cell.table, row: cell.row, column: 1)]
        let column = cell.row == 1 ? nil : cells[Key(file: file, table: cell.table, row: 1, column: cell.column)]
        return (row, column)
    }

    private static func shortened(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return line.count <= longestHeader ? line : String(line.prefix(longestHeader - 1)) + "…"
    }
}
