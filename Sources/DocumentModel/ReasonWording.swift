/// Why a file or a submission could not be (fully) read, in words a clerk can act on, in Latvian
/// and English: rendered from a record's ``ReasonCode`` and what the record knows besides (the
/// limit that stopped it, whether text before the trouble was kept, whether it is an archive).
///
/// The readers take their English `reason` from here, so the evidence map and the reports say
/// the same; the reports render the Latvian.
public enum ReasonWording {
    public enum Language: Sendable, Hashable {
        case latvian
        case english
    }

    /// What the wording of one reason depends on.
    public struct Facts: Sendable, Hashable {
        public var code: ReasonCode
        public var status: FileStatus
        public var format: FileFormat?
        /// An archive (a submission's own, or one inside it) rather than a file.
        public var isArchive: Bool
        public var limit: LimitHit?
        /// Text read before the trouble was kept.
        public var textKept: Bool
        /// For archives: entries read before the trouble.
        public var entries: Int?
        /// Operating-system clutter rather than a device or pipe (for ``ReasonCode/specialFile``).
        public var isSystemMetadata: Bool

        public init(
            code: ReasonCode,
            status: FileStatus,
            format: FileFormat? = nil,
            isArchive: Bool = false,
            limit: LimitHit? = nil,
            textKept: Bool = false,
            entries: Int? = nil,
            isSystemMetadata: Bool = false
        ) {
            self.code = code
            self.status = status
            self.format = format
            self.isArchive = isArchive
            self.limit = limit
            self.textKept = textKept
            self.entries = entries
            self.isSystemMetadata = isSystemMetadata
        }
    }

    /// The reason for `record`, or `nil` when it was read or carries no code.
    public static func text(for record: FileRecord, in language: Language) -> String? {
        guard record.status != .read || record.reasonCode != nil, let code = record.reasonCode else { return nil }
        let name = record.path.split(separator: "/").last.map { $0.lowercased() } ?? ""
        let facts = Facts(
            code: code,
            status: record.status,
            format: record.format,
            isArchive: record.format.isArchive,
            limit: record.limit,
            textKept: record.blocks > 0,
            entries: record.entries,
            isSystemMetadata: name.hasPrefix("._") || record.path.lowercased().contains("__macosx/")
                || [".ds_store", "thumbs.db", "desktop.ini", "ehthumbs.db", ".localized"].contains(name) || name.hasPrefix("~$")
        )
        return text(facts, in: language)
    }

    /// The reason for how a submission itself was opened, or `nil` when it was read.
    public static func text(for container: ContainerRecord, in language: Language) -> String? {
        guard let code = container.reasonCode else { return nil }
        let facts = Facts(
            code: code,
            status: container.status,
            format: container.format,
            isArchive: container.kind == .archive,
            limit: container.limit
        )
        return text(facts, in: language)
    }

    // MARK: - The wording

    public static func text(_ facts: Facts, in language: Language) -> String {
        let lv = language == .latvian
        let again = lv ? "palūdziet iesniedzējam to atsūtīt vēlreiz" : "ask the applicant to send it again"
        if let limit = facts.limit {
            return limitText(limit, facts, latvian: lv)
        }
        switch facts.code {
        case .unsupportedFormat:
            return unsupported(facts, latvian: lv)
        case .damagedArchive:
            if facts.isArchive {
                return lv
                    ? "arhīvs ir bojāts; tas, kas bija pirms bojājuma, ir nolasīts: \(again)"
                    : "the archive is damaged; whatever came before the damage was read: \(again)"
            }
            return lv ? "fails arhīvā ir bojāts: \(again)" : "the file is damaged inside its archive: \(again)"
        case .truncatedArchive:
            return lv
                ? "arhīvs ir nepilnīgs (pārtraukta augšupielāde vai kopēšana?); faili pirms pārrāvuma ir nolasīti: \(again)"
                : "the archive is cut short (an interrupted upload or copy?); the files before the cut were read: \(again)"
        case .damagedDocument, .malformedXML:
            let what = facts.code == .damagedDocument
                ? (lv ? "dokumenta fails ir bojāts" : "the document file is damaged")
                : (lv ? "dokumenta saturs ir bojāts" : "the document's content is damaged")
            let kept = facts.textKept ? (lv ? "; teksts līdz bojājumam ir saglabāts" : "; the text before the damage was kept") : ""
            return "\(what)\(kept): \(again)"
        case .missingPart:
            return lv
                ? "dokuments ir nepilnīgs — trūkst tā galvenās daļas: palūdziet iesniedzējam to saglabāt no jauna un atsūtīt"
                : "the document is incomplete — its main part is missing: ask the applicant to save it again and send it"
        case .encrypted:
            if facts.isArchive {
                return lv
                    ? "arhīvs ir aizsargāts ar paroli: palūdziet iesniedzējam kopiju bez paroles"
                    : "the archive is password-protected: ask the applicant for an unprotected copy"
            }
            return lv
                ? "fails ir aizsargāts ar paroli: palūdziet iesniedzējam kopiju bez paroles"
                : "password-protected: ask the applicant for an unprotected copy"
        case .tooLarge:
            return lv
                ? "pārāk liels, lai to nolasītu: palūdziet iesniedzējam mazāku kopiju"
                : "too large to read: ask the applicant for a smaller copy"
        case .tooComplex:
            return lv
                ? "tāda uzbūve nav raksturīga teksta apstrādes programmām (pārāk dziļa ligzdošana vai pārāk daudz atribūtu): palūdziet iesniedzējam to saglabāt no jauna"
                : "built as no word processor writes (nested too deep, or too many attributes): ask the applicant to save it again"
        case .nestedTooDeep:
            return lv
                ? "arhīvs ieligzdots pārāk dziļi: netika atvērts — palūdziet failus vienā arhīvā"
                : "an archive nested too deep: not opened — ask for the files in one archive"
        case .tooManyEntries:
            return lv
                ? "arhīvā ir vairāk failu, nekā atļauts; nolasīti tikai pirmie — palūdziet mazāk failu vienā arhīvā"
                : "the archive holds more files than allowed; only the first were read — ask for fewer files per archive"
        case .nameTooLong:
            return lv
                ? "faila nosaukums ir pārāk garš, tāpēc fails netika lasīts — palūdziet iesniedzējam failu pārdēvēt"
                : "the name is too long: not read — ask the applicant to rename the file"
        case .decompressionBomb:
            return bomb(nil, facts, latvian: lv)
        case .dtdRefused:
            return lv
                ? "dokumentā ir DTD deklarācija (savas entītijas), ko Word un LibreOffice nekad neveido: drošības dēļ fails netika lasīts — palūdziet iesniedzējam to saglabāt no jauna"
                : "the document declares a DTD (entities of its own), which Word and LibreOffice never write: not read, for safety — ask the applicant to save it again"
        case .notAssessed:
            return lv
                ? "tīmekļa lapas daļa (attēls, stila fails, skripts vai fonts), nevis patstāvīgs dokuments: atsevišķi netiek vērtēta — nekas nav jādara"
                : "a part of a web page (a picture, style, script or font), not a document of its own: not assessed on its own — nothing to do"
        case .signature:
            return lv
                ? "parakstītā konteinera (eParaksts) paraksta vai struktūras fails, nevis iesniedzēja dokuments: nekas nav jādara"
                : "the signature or structure of the signed container (eParaksts), not a document of the applicant's: nothing to do"
        case .link:
            return lv
                ? "saite, nevis fails; Liecība saites neatver — ja tās vietā vajadzēja būt dokumentam, palūdziet pašu failu"
                : "a link, not a file; links are not followed — if it should be a document, ask for the file itself"
        case .specialFile:
            if facts.isSystemMetadata {
                return lv
                    ? "operētājsistēmas palīgfails, nevis dokuments: nekas nav jādara"
                    : "operating-system metadata, not a document: nothing to do"
            }
            return lv
                ? "īpašs ieraksts (ierīce vai kanāls), nevis fails: nekas nav jādara"
                : "a device or pipe entry, not a file: nothing to do"
        case .unreadableFile:
            return lv
                ? "šajā datorā to nevar atvērt (piekļuves tiesības?): pārbaudiet kārtas mapi"
                : "cannot be opened on this computer (permissions?): check the round folder"
        case .emptyDocument:
            return lv
                ? "dokumentā nav teksta (skenētas lapas vai tikai attēli?): palūdziet iesniedzējam teksta versiju"
                : "the document holds no text (scanned pages or pictures only?): ask the applicant for a text version"
        default:
            return lv ? "netika nolasīts (\(facts.code.rawValue))" : "not read (\(facts.code.rawValue))"
        }
    }

    private static func unsupported(_ facts: Facts, latvian lv: Bool) -> String {
        let format = facts.format ?? .unknown
        if facts.isArchive {
            return lv
                ? "šo arhīvu Liecība nevar atvērt (tā atver zip, 7z, tar un rar): palūdziet iesniedzējam failus atsūtīt zip arhīvā"
                : "not an archive Liecība can open (it opens zip, 7z, tar and rar): ask the applicant to send the files in a zip archive"
        }
        if format.rawValue == "doc" {
            return lv
                ? "Word 97–2003 (.doc) fails: palūdziet iesniedzējam DOCX vai ODT kopiju"
                : "a Word 97–2003 (.doc) file: ask the applicant for a DOCX or ODT copy"
        }
        if format.isReadableDocument {
            return lv
                ? "tas nav teksta dokuments, kaut gan tā nosaukts (izklājlapa vai prezentācija?): palūdziet tekstu DOCX, ODT vai HTML formātā"
                : "not a text document, though named like one (a spreadsheet or a presentation?): ask for the text as DOCX, ODT or HTML"
        }
        if format == .unknown {
            return lv
                ? "nezināma formāta fails: Liecība lasa DOCX, ODT un HTML; ja tajā ir pierādījumi, palūdziet to kādā no šiem formātiem"
                : "a file of an unrecognised format: Liecība reads DOCX, ODT and HTML; if evidence is in it, ask for one of those"
        }
        let name = format.rawValue.uppercased()
        return lv
            ? "\(name) fails netiek lasīts: Liecība lasa DOCX, ODT un HTML; ja šajā failā ir pierādījumi, palūdziet to kādā no šiem formātiem"
            : "\(name) is not read: Liecība reads DOCX, ODT and HTML; if evidence is in this file, ask for one of those"
    }

    private static func bomb(_ limit: LimitHit?, _ facts: Facts, latvian lv: Bool) -> String {
        let ratio = limit.map { lv ? " (vairāk nekā \($0.value):1, robeža \($0.name))" : " (more than \($0.value):1, limit \($0.name))" } ?? ""
        if facts.isArchive && facts.status != .skipped {
            return lv
                ? "atpakošana apturēta: arhīvs uzvedas kā dekompresijas bumba\(ratio) — palūdziet iesniedzējam dokumentus atsūtīt vēlreiz"
                : "unpacking stopped: the archive behaves like a decompression bomb\(ratio) — ask the applicant to send the documents again"
        }
        return lv
            ? "netika atpakots: izplešas kā dekompresijas bumba\(ratio) — palūdziet iesniedzējam dokumentus atsūtīt vēlreiz"
            : "not unpacked: it inflates like a decompression bomb\(ratio) — ask the applicant to send the documents again"
    }

    /// A Latvian count with its noun: singular (accusative after `par`) for 1, 21, 31, …, plural
    /// (dative) otherwise.
    private static func latvianCount(_ count: Int, singular: String, plural: String) -> String {
        count % 10 == 1 && count % 100 != 11 ? "\(count) \(singular)" : "\(count) \(plural)"
    }

    private static func limitText(_ limit: LimitHit, _ facts: Facts, latvian lv: Bool) -> String {
        let value = LimitHit.bytes(limit.value)
        let name = limit.name.rawValue
        let kept = facts.textKept
        // What became of a document cut at a size limit, and what to do.
        let sizeOutcome = kept
            ? (lv
                ? "; saglabāts teksts, kas bija līdz robežai — palūdziet mazāku kopiju (piemēram, bez attēliem) vai palieliniet robežu"
                : "; the text before the limit was kept — ask for a smaller copy (without pictures, say) or raise the limit")
            : (lv
                ? ": fails netika lasīts — palūdziet mazāku kopiju (piemēram, bez attēliem) vai palieliniet robežu"
                : ": not read — ask for a smaller copy (without pictures, say) or raise the limit")
        // What became of a document whose markup went beyond a limit no word processor reaches.
        let structureOutcome = kept
            ? (lv
                ? "; lasīšana šajā vietā apturēta, teksts līdz tai ir saglabāts — teksta apstrādes programmas tādus failus neveido: palūdziet iesniedzējam dokumentu saglabāt no jauna"
                : "; reading stopped there and the text before it was kept — no word processor writes this: ask the applicant to save the document again")
            : (lv
                ? ": fails netika lasīts — teksta apstrādes programmas tādus failus neveido: palūdziet iesniedzējam dokumentu saglabāt no jauna"
                : ": not read — no word processor writes this: ask the applicant to save the document again")
        switch limit.name {
        case .entryBytes:
            return (lv ? "lielāks par vienam dokumentam noteikto robežu \(value) (\(name))" : "larger than the \(value) limit for one document (\(name))")
                + sizeOutcome
        case .htmlBytes:
            return (lv ? "tīmekļa lapa, lielāka par \(value) (robeža \(name))" : "a web page larger than \(value) (limit \(name))") + sizeOutcome
        case .partBytes:
            return (lv ? "dokumenta daļa atpakota pārsniedz \(value) (robeža \(name))" : "a part of the document inflates to more than \(value) (limit \(name))")
                + sizeOutcome
        case .packageBytes:
            return (lv
                ? "dokumenta teksta daļas kopā atpakotas pārsniedz \(value) (robeža \(name))"
                : "the document's text parts inflate to more than \(value) together (limit \(name))") + sizeOutcome
        case .archiveBytes:
            let read = (facts.entries ?? 0) > 0
            if lv {
                return "arhīvs, lielāks par iekļautiem arhīviem noteikto robežu \(value) (\(name))"
                    + (read ? "; nolasīti tikai faili tā pirmajos \(value)" : ": netika atvērts") + " — palūdziet failus mazākā arhīvā"
            }
            return "an archive larger than the \(value) limit for archives inside a submission (\(name))"
                + (read ? "; only the files in its first \(value) were read" : ": not opened") + " — ask for the files in a smaller archive"
        case .submissionBytes:
            if lv {
                return "iesniegums kopā atpakots pārsniedza tam noteikto robežu \(value) (\(name))"
                    + (kept ? "; teksts, kas nolasīts līdz tam, ir saglabāts" : ": šis fails netika lasīts") + " — lai to nolasītu, palieliniet robežu"
            }
            return "the submission inflated more than its \(value) limit in all (\(name))"
                + (kept ? "; the text read before that was kept" : ": this file was not read") + " — raise the limit to read it"
        case .textBytes:
            if lv {
                return "iesnieguma dokumentos kopā ir vairāk nekā \(value) teksta (robeža \(name))"
                    + (kept ? "; teksts līdz robežai ir saglabāts" : ": šis fails netika lasīts") + " — lai nolasītu pārējo, palieliniet robežu"
            }
            return "the submission's documents hold more than \(value) of text in all (limit \(name))"
                + (kept ? "; the text up to the limit was kept" : ": this file was not read") + " — raise the limit to read the rest"
        case .xmlTextBytes:
            return (lv ? "viens teksta fragments ir garāks par \(value) (robeža \(name))" : "a single run of text longer than \(value) (limit \(name))")
                + structureOutcome
        case .xmlDepth:
            return (lv
                ? "elementi ieligzdoti dziļāk par \(latvianCount(limit.value, singular: "līmeni", plural: "līmeņiem")) (robeža \(name))"
                : "elements nested more than \(limit.value) levels deep (limit \(name))") + structureOutcome
        case .xmlAttributes:
            return (lv
                ? "elements ar vairāk nekā \(latvianCount(limit.value, singular: "atribūtu", plural: "atribūtiem")) (robeža \(name))"
                : "an element with more than \(limit.value) attributes (limit \(name))") + structureOutcome
        case .judgedMatches:
            return lv
                ? "tekstā ir vairāk leksikona sakritību, nekā Liecība vērtē vienā iesniegumā (\(limit.value), robeža \(name)): tālākais teksts netika vērtēts — ja dokuments ir īsts, palieliniet robežu"
                : "the text holds more lexicon matches than Liecība judges in one submission (\(limit.value), limit \(name)): from here on it was not judged — if the document is genuine, raise the limit"
        case .pathLength where facts.format == .folder:
            return lv
                ? "mape ieligzdota tik dziļi, ka tās ceļš ir garāks par \(latvianCount(limit.value, singular: "baitu", plural: "baitiem")) (robeža \(name)): tās faili netika lasīti — palūdziet iesniedzējam šos failus iesniegt mapē, kas nav tik dziļi ieligzdota"
                : "a folder nested so deep that its path is longer than \(limit.value) bytes (limit \(name)): its files were not read — ask the applicant for them in a shallower folder"
        case .pathLength:
            return lv
                ? "faila nosaukums ir garāks par \(latvianCount(limit.value, singular: "baitu", plural: "baitiem")) (robeža \(name)): fails netika lasīts — palūdziet iesniedzējam failu pārdēvēt"
                : "a name longer than \(limit.value) bytes (limit \(name)): not read — ask the applicant to rename the file"
        case .entries:
            return lv
                ? "arhīvā ir vairāk nekā \(limit.value) failu (robeža \(name)); nolasīti tikai pirmie \(limit.value) — palūdziet mazāk failu vienā arhīvā"
                : "the archive holds more than \(limit.value) files (limit \(name)); only the first \(limit.value) were read — ask for fewer files per archive"
        case .submissionEntries:
            return lv
                ? "iesnieguma arhīvos kopā ir vairāk nekā \(limit.value) failu (robeža \(name)); nolasīti tikai pirmie \(limit.value) — palūdziet mazāk failu"
                : "the submission's archives hold more than \(limit.value) files together (limit \(name)); only the first \(limit.value) were read — ask for fewer files"
        case .depth:
            return lv
                ? "arhīvs ieligzdots dziļāk par \(latvianCount(limit.value, singular: "līmeni", plural: "līmeņiem")) (robeža \(name)): netika atvērts — palūdziet failus vienā arhīvā, bez arhīviem arhīvos"
                : "an archive nested more than \(limit.value) levels deep (limit \(name)): not opened — ask for the files in one archive, without archives inside"
        case .ratio:
            return bomb(limit, facts, latvian: lv)
        }
    }
}
