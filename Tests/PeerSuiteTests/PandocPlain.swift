import Foundation

/// Removes the markup pandoc's *plain* writer adds around the text, so that what remains is the
/// words a reader of the document sees (see shared/peer/README.md, "Comparing").
///
/// Applied to the expected side only: our extractor emits no markup, and stripping our own text
/// the same way would hide a real extra word.
enum PandocPlain {
    static func strip(_ rendered: String) -> String {
        let lines = rendered.components(separatedBy: "\n")
        let noteNumbers = Set(lines.compactMap(noteNumber(startingLine:)))
        return lines.compactMap { line -> String? in
            if isTableRule(line) { return nil }
            var line = removingListMarker(line)
            if isGridRow(line) { line = line.replacingOccurrences(of: "|", with: " ") }
            line = removingBracketSpans(line, noteNumbers: noteNumbers)
            line = line.replacingOccurrences(of: "~~", with: "")
            line = unwrapping(line, opener: "^(")
            line = unwrapping(line, opener: "_(")
            return line
        }
        .joined(separator: "\n")
    }

    /// Table borders and header separators: `-----`, `+====+====+`, `|---|`, `: ---:`. A rule of
    /// dashes alone is also how a horizontal rule is drawn, which carries no words either.
    static func isTableRule(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains(where: { $0 == "-" || $0 == "=" }) else { return false }
        return trimmed.allSatisfy { "-=+|: ".contains($0) }
    }

    /// A row of a grid table, `| cell | cell |`; a `|` anywhere else is text.
    static func isGridRow(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count > 1 && trimmed.hasPrefix("|") && trimmed.hasSuffix("|")
    }

    /// List markers (`-   `, `*   `, `1.  `, `a.  `, `iv. `, `(1) `, `#.  `) are padded with
    /// spaces to four columns; a wider marker gets one space (`III. `). Requiring that keeps a
    /// paragraph that merely starts with an initial ("A. Smith wrote") intact. Wide numeric
    /// markers (`159. `) are not taken: a paragraph starting with a number or a year is far more
    /// common in these documents than a list of a hundred items.
    static func removingListMarker(_ line: String) -> String {
        var line = line
        // Grid table rows hold one list per cell: `| 1.  one | -   two |`.
        if isGridRow(line) {
            return line.components(separatedBy: "|").map(removingListMarker).joined(separator: "|")
        }
        // An item that opens with a sublist shows both markers on one line (`-   -   three`).
        while let match = listMarker.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
            let range = Range(match.range(at: 2), in: line), isPaddedMarker(line[range])
        {
            line.replaceSubrange(range, with: "    ")
        }
        return line
    }

    private static func isPaddedMarker(_ marker: Substring) -> Bool {
        if marker.count == 4 { return true }
        let symbol = marker.trimmingCharacters(in: .whitespaces)
        return marker.count == symbol.count + 1 && symbol.dropLast().allSatisfy { "ivxlcdmIVXLCDM(".contains($0) }
    }

    private static let listMarker = try! NSRegularExpression(
        pattern: #"^(\s*)((?:[-*+]|#[.)]|\(?[0-9]+[.)]|\(?[A-Za-z][.)]|\(?[ivxlcdmIVXLCDM]+[.)]) +)(?=\S)"#
    )

    /// `[n]`: a note mark, when a note numbered `n` is listed at the end.
    private static func noteNumber(startingLine line: String) -> String? {
        guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { return nil }
        let number = line[line.index(after: line.startIndex)..<close]
        guard !number.isEmpty, number.allSatisfy(\.isASCIIDigit), line[close...].hasPrefix("] ") else { return nil }
        return String(number)
    }

    /// Drops note marks (`[1]`) and image placeholders (`[alt text]`, the image's description,
    /// which is not text on the page). A bracketed number that is not a note (`TS 29.582 [48]`)
    /// is real text and stays.
    private static func removingBracketSpans(_ line: String, noteNumbers: Set<String>) -> String {
        var output = ""
        var rest = line[...]
        while let open = rest.firstIndex(of: "["), let close = rest[open...].firstIndex(of: "]") {
            let inside = rest[rest.index(after: open)..<close]
            output += rest[..<open]
            let isNumber = !inside.isEmpty && inside.allSatisfy(\.isASCIIDigit)
            if isNumber && !noteNumbers.contains(String(inside)) {
                output += rest[open...close]
            } else if inside.contains("[") {
                // Not a simple span; keep the opening bracket and look again after it.
                output += "["
                rest = rest[rest.index(after: open)...]
                continue
            } else {
                output += " "
            }
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }

    /// `^(sup)` → `sup`, `_(sub)` → `sub`: pandoc's plain rendering of super- and subscripts.
    private static func unwrapping(_ line: String, opener: String) -> String {
        var line = line
        while let open = line.range(of: opener), let close = line[open.upperBound...].firstIndex(of: ")") {
            line.replaceSubrange(close...close, with: "")
            line.replaceSubrange(open, with: "")
        }
        return line
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
