import DocumentModel
import Testing

@testable import Reports

@Suite("Reasons in the report's language")
struct ReasonTextTests {
    @Test("every reason code reads in Latvian and in English, with its limit named")
    func everyCode() {
        let codes: [ReasonCode] = [
            .unsupportedFormat, .damagedArchive, .truncatedArchive, .damagedDocument, .malformedXML, .missingPart, .encrypted,
            .tooLarge, .nestedTooDeep, .tooManyEntries, .link, .specialFile, .emptyDocument, .unreadableFile, .decompressionBomb,
            .nameTooLong, .tooComplex, .dtdRefused,
        ]
        for code in codes {
            let record = FileRecord(path: "a/b.docx", format: .docx, status: .damaged, reason: "English stored", reasonCode: code)
            let latvian = ReportLanguage.lv.reason(for: record)
            let english = ReportLanguage.en.reason(for: record)
            #expect(!latvian.isEmpty && !english.isEmpty && latvian != english, "\(code)")
            #expect(!latvian.contains("English stored"))
        }
        for name in LimitName.allCases {
            var record = FileRecord(path: "b.docx", format: .docx, status: .skipped, reasonCode: .tooLarge, blocks: 3)
            record.limit = LimitHit(name, 128 << 20)
            #expect(ReportLanguage.lv.reason(for: record).contains(name.rawValue), "\(name)")
            #expect(ReportLanguage.en.reason(for: record).contains(name.rawValue), "\(name)")
        }
    }

    @Test("an encrypted archive, in both languages")
    func encrypted() {
        let container = ContainerRecord(kind: .archive, format: .zip, status: .encrypted, reasonCode: .encrypted)
        #expect(ReportLanguage.lv.reason(for: container) == "arhīvs ir aizsargāts ar paroli: palūdziet iesniedzējam kopiju bez paroles")
        #expect(ReportLanguage.en.reason(for: container) == "the archive is password-protected: ask the applicant for an unprotected copy")
    }

    @Test("Latvian counts agree with their numbers")
    func latvianCounts() {
        var record = FileRecord(path: "x.zip/y.zip", format: .zip, status: .skipped, reasonCode: .nestedTooDeep)
        record.limit = LimitHit(.depth, 1)
        #expect(ReportLanguage.lv.reason(for: record).contains("dziļāk par 1 līmeni"))
        record.limit = LimitHit(.depth, 3)
        #expect(ReportLanguage.lv.reason(for: record).contains("dziļāk par 3 līmeņiem"))
    }

    @Test("a record without a code keeps its stored reason")
    func uncoded() {
        let record = FileRecord(path: "x.pdf", format: FileFormat(rawValue: "pdf"), status: .unsupported, reason: "PDF")
        #expect(ReportLanguage.lv.reason(for: record) == "PDF")
    }
}
