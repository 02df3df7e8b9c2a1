import LatvianMorphology
import Decisions
import DocumentModel
import Foundation
import Lexicon
import Testing

@testable import Reports

@Suite("HTML report")
struct HTMLReportTests {
    private static let lexiconURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("LexiconTests/Fixtures/mini.yaml")

    private static let hostile = #"Mūsu ciems <script>alert(1)</script> "><img src=x onerror=alert(2)> <a href="javascript:alert(3)">saite</a>."#

    private func page(language: ReportLanguage = .lv, text: String = Self.hostile, selection: EvidenceSelection = .all) throws -> String {
        let loaded = try LexiconLoader(cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-test-cache"))
            .load(Self.lexiconURL)
        let block = TextBlock(text: text, kind: .paragraph, location: BlockLocation(part: .body, ordinal: 1, headingPath: ["<b>Virsraksts</b>"]))
        let path = "<script>x</script>\".docx"
        let submission = Submission(
            id: "\"><svg onload=alert(4)>", source: "<i>S</i>.zip", container: ContainerRecord(kind: .archive, format: .zip, status: .read),
            files: [
                FileRecord(path: path, format: .docx, status: .read),
                FileRecord(path: "<img src=y>.pdf", format: FileFormat(rawValue: "pdf"), status: .unsupported, reason: "<b>PDF</b>"),
            ],
            documents: [ReadDocument(path: path, format: .docx, blocks: [block])]
        )
        let judgement = SubmissionJudge(lexicon: loaded.source.file, matcher: loaded.matcher, verbs: try VerbForms()).judge(submission, selection: selection)
        return SubmissionPage(lexicon: loaded.source.file, language: language, audit: AuditFacts(scannedAt: Date(timeIntervalSince1970: 0), lexicon: nil)).render(submission, judgement: judgement)
    }

    @Test("document text, file names and ids are escaped: hostile markup shows as text")
    func escaping() throws {
        let html = try page()
        for raw in ["<script>alert", "<img src=x", "<svg onload", "<a href=\"javascript:", "<b>Virsraksts", "<i>S</i>", "<img src=y>", "<b>PDF"] {
            #expect(!html.contains(raw), "raw markup in the page: \(raw)")
        }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"))
        // The page's scripts are its own — the round's order and its links and print buttons;
        // nothing a document holds runs.
        #expect(html.components(separatedBy: "<script").count == 3)
        #expect(html.contains("<script src=\"_round.js\"></script>\n<script>\(HTMLStyle.pageScript)</script>"))
    }

    @Test("matched words are highlighted, unreadable files get a banner, passages link into the full text")
    func structure() throws {
        let html = try page()
        #expect(html.contains("<mark>ciems</mark>"))
        #expect(html.contains("class=\"banner\""))
        #expect(html.contains("href=\"#d1-b1\""))
        #expect(html.contains("id=\"d1-b1\""))
        #expect(html.contains("<html lang=\"lv\">"))
        #expect(try page(language: .en).contains("<html lang=\"en\">"))
    }

    @Test("passages left out of the list are counted on the page, in either language, and still highlighted")
    func notListed() throws {
        let text = "Mūsu ciems ir mazs. Mūsu ciems ir vecs. Mūsu ciems ir zaļš."
        let one = EvidenceSelection(passagesPerIndicator: 1)
        let latvian = try page(text: text, selection: one)
        #expect(latvian.contains("<p class=\"not-listed\">Šeit neuzskaitīto pieminējumu skaits: 2 (pilnajā tekstā ir iezīmēti visi pieminējumi).</p>"))
        let fullText = try #require(latvian.components(separatedBy: "<section class=\"fulltext\">").last)
        #expect(fullText.components(separatedBy: ">ciems</mark>").count - 1 >= 3)
        #expect(try page(language: .en, text: text, selection: one).contains("Mentions not listed here: 2 (all are highlighted in the full text)."))
        #expect(!(try page(text: text)).contains("not-listed"))
    }

    @Test("a file whose name's code page is a guess says so in the files table")
    func guessedName() throws {
        let loaded = try LexiconLoader(cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-test-cache"))
            .load(Self.lexiconURL)
        var file = FileRecord(path: "Ēdens.docx", format: .docx, status: .read)
        file.nameEncoding = "windows-1257"
        file.nameUncertain = true
        file.blocks = 1
        let submission = Submission(
            id: "S", source: "S.zip", container: ContainerRecord(kind: .archive, format: .zip, status: .read), files: [file],
            documents: [ReadDocument(path: "Ēdens.docx", format: .docx, blocks: [TextBlock(text: "Mūsu ciems.", kind: .paragraph, location: BlockLocation(part: .body, ordinal: 1))])]
        )
        let judgement = SubmissionJudge(lexicon: loaded.source.file, matcher: loaded.matcher, verbs: try VerbForms()).judge(submission)
        let html = SubmissionPage(lexicon: loaded.source.file, language: .lv, audit: AuditFacts(scannedAt: Date(timeIntervalSince1970: 0), lexicon: nil))
            .render(submission, judgement: judgement)
        #expect(html.contains("<td>Ēdens.docx <span class=\"found\">(nosaukuma kodējums uzminēts (windows-1257), nosaukums var būt kļūdains)</span></td>"))
    }

    @Test("a quoted table cell names its row and column; the same words in two places are listed once, with both places")
    func cellsAndRepeats() throws {
        let loaded = try LexiconLoader(cacheDirectory: FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-test-cache"))
            .load(Self.lexiconURL)
        func cell(_ text: String, _ ordinal: Int, _ row: Int, _ column: Int) -> TextBlock {
            TextBlock(text: text, kind: .tableCell, location: BlockLocation(part: .body, ordinal: ordinal, cell: TableCellAddress(table: 1, row: row, column: column)))
        }
        let blocks = [
            cell("Joma", 1, 1, 1), cell("Apraksts", 2, 1, 2), cell("Vieta", 3, 2, 1), cell("Mūsu ciems ir zaļš.", 4, 2, 2),
            TextBlock(text: "Mūsu pagasts ir liels.", kind: .paragraph, location: BlockLocation(part: .body, ordinal: 5)),
            TextBlock(text: "Mūsu pagasts ir liels.", kind: .paragraph, location: BlockLocation(part: .body, ordinal: 6)),
        ]
        let submission = Submission(
            id: "S", source: "S.zip", container: ContainerRecord(kind: .archive, format: .zip, status: .read),
            files: [FileRecord(path: "P.docx", format: .docx, status: .read)], documents: [ReadDocument(path: "P.docx", format: .docx, blocks: blocks)]
        )
        let judgement = SubmissionJudge(lexicon: loaded.source.file, matcher: loaded.matcher, verbs: try VerbForms()).judge(submission)
        let html = SubmissionPage(lexicon: loaded.source.file, language: .lv, audit: AuditFacts(scannedAt: Date(timeIntervalSince1970: 0), lexicon: nil))
            .render(submission, judgement: judgement)
        #expect(html.contains("2. tabula") == false)
        #expect(html.contains("1. tabula, 2. rinda, 2. kolonna (rinda „Vieta”, kolonna „Apraksts”)"))
        #expect(html.contains("tas pats arī: P.docx › pamatteksts"))
        let listed = html.components(separatedBy: "<section class=\"fulltext\">")[0]
        #expect(listed.components(separatedBy: ">Mūsu <mark>pagasts</mark> ir liels.<").count - 1 == 1)
    }

    @Test("the print header's CSS string escapes what would end it or print as an entity")
    func printHeaderString() {
        #expect(SubmissionPage.cssString("Kalni & Co \"A\"\r\n</style>") == #"Kalni \26  Co \22 A\22 \d \a \3c /style\3e "#)
        #expect(SubmissionPage.cssString("Ābeļciems") == "Ābeļciems")
    }

    @Test("a sentence said twice in a block is highlighted where each passage stands, not twice at the first")
    func repeatedSentence() throws {
        let html = try page(text: "Mūsu ciems ir mazs. Mūsu ciems ir mazs.")
        let fullText = try #require(html.components(separatedBy: "<section class=\"fulltext\">").last)
        let mark = #"<mark[^>]*>ciems</mark>"#
        #expect(fullText.contains(try Regex(">Mūsu \(mark) ir mazs. Mūsu \(mark) ir mazs.</p>")))
    }

    @Test("pages stored at once by many tasks into a staging folder that does not exist yet all land")
    func concurrentFirstPages() async throws {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("lieciba-pages-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        for attempt in 0..<20 {
            let folder = work.appendingPathComponent("staging-\(attempt)")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0..<16 {
                    group.addTask { try SubmissionPage.store(Array("<p>\(index)</p>".utf8), forSubmission: "S\(index)", into: folder) }
                }
                try await group.waitForAll()
            }
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 16)
        }
    }

    @Test("page names keep Latvian letters and encode the rest, so distinct ids stay distinct")
    func pageNames() {
        #expect(HTML.pageName(forSubmission: "Ābeļciems") == "Ābeļciems.html")
        #expect(HTML.pageName(forSubmission: "../etc/passwd") == "_2E._2Fetc_2Fpasswd.html")
        #expect(HTML.pageName(forSubmission: "a b") != HTML.pageName(forSubmission: "a_20b"))
    }

    @Test("every escaped character is escaped wherever it falls among the bytes scanned eight at a time")
    func escapingAtEveryOffset() {
        for (character, escaped) in [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;")] {
            for padding in 0..<17 {
                let prefix = "ā" + String(repeating: "b", count: padding)
                let text = prefix + character + "ciema kopiena un biedrība"
                #expect(HTML.escape(text) == prefix + escaped + "ciema kopiena un biedrība", "\(character) after \(padding)")
            }
        }
        for padding in 0..<17 {
            let prefix = "ā" + String(repeating: "b", count: padding)
            var page = HTMLBuffer()
            page.highlighted(prefix + "\nciema kopiena un biedrība", marks: [], lineBreaks: true)
            #expect(String(decoding: page.bytes, as: UTF8.self) == prefix + "<br>ciema kopiena un biedrība", "line break after \(padding)")
        }
    }

    @Test("numbers are written in decimal as String(_:) writes them, signs and extremes included")
    func numbers() {
        for value in [0, 7, 10, 99, 100, 1_234_567_890, -1, -42, Int.max, Int.min] {
            var page = HTMLBuffer()
            page.raw("#d")
            page.number(value)
            #expect(String(decoding: page.bytes, as: UTF8.self) == "#d\(value)")
        }
    }

    @Test("highlighting merges overlapping ranges and escapes around them")
    func highlighting() {
        #expect(HTML.highlighted("a<b>c", [1..<3, 2..<4]) == "a<mark>&lt;b&gt;</mark>c")
    }

    @Test(
        "marks are placed by UTF-16 offsets whatever the scalars' widths; touching marks merge, ranges outside the text are dropped",
        arguments: [
            ("🌳 ābele & 'x'", [3..<8], "🌳 <mark>ābele</mark> &amp; &#39;x&#39;"),
            ("abcd", [0..<1, 1..<2], "<mark>ab</mark>cd"),
            ("abc", [1..<3], "a<mark>bc</mark>"),
            ("abc", [1..<5], "abc"),
            ("\"q\" 𝄞x", [4..<6], "&quot;q&quot; <mark>𝄞</mark>x"),
        ] as [(String, [Range<Int>], String)]
    )
    func highlightingOffsets(text: String, ranges: [Range<Int>], expected: String) {
        #expect(HTML.highlighted(text, ranges) == expected)
    }
}
