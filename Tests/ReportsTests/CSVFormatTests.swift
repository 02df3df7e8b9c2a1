import Testing

@testable import Reports

@Suite("CSV for Excel and LibreOffice under Latvian settings")
struct CSVFormatTests {
    @Test("fields are separated by semicolons, records end in CRLF")
    func row() {
        #expect(String(decoding: CSVFormat.row(["Ozolkalns", "ir", "3"]), as: UTF8.self) == "Ozolkalns;ir;3\r\n")
    }

    @Test(
        "fields with separators, quotes or line breaks are quoted as RFC 4180 says",
        arguments: [
            ("a;b", "\"a;b\""), ("teica \"jā\"", "\"teica \"\"jā\"\"\""), ("rinda\notrā", "\"rinda\notrā\""), ("Ābeļu ciems", "Ābeļu ciems"),
        ]
    )
    func quoting(value: String, expected: String) {
        #expect(CSVFormat.field(value) == expected)
    }

    @Test(
        "cells a spreadsheet would run as formulas are neutralised",
        arguments: [("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""), ("+371 2000", "'+371 2000"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)")]
    )
    func formulas(value: String, expected: String) {
        #expect(CSVFormat.field(value) == expected)
    }

    @Test func byteOrderMark() {
        #expect(CSVFormat.byteOrderMark == [0xEF, 0xBB, 0xBF])
    }
}
