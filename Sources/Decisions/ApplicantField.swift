import DocumentModel
import LatvianLanguage
import Lexicon

/// Who applies, as the application form's applicant field names it — "Projekta iesniedzējs:
/// biedrība „Liepkalnu kopiena”", or a table's "Iesniedzēja nosaukums" cell with the name in the
/// cell after it — and whether that is a business or an institution rather than a community.
struct ApplicantField: Sendable, Hashable {
    /// What an applicant that is not a community of residents is.
    enum Kind: Sendable, Hashable {
        /// A company or a farm: "SIA", "Z/S", "zemnieku saimniecība".
        case business
        /// A public institution: a school, a library, the parish administration.
        case institution
    }

    /// What the applicant is when the name carries one of the scheme's business or institution
    /// words and does not apply for the residents ("SIA „Odzienas muiža”, kopā ar ciema
    /// iedzīvotājiem", "rakstām šo pieteikumu visa ciema vārdā"); `nil` for a community.
    let kind: Kind?
    /// The name of an institution applying, folded (no case, no diacritics): its own deeds —
    /// "Skola piedalās programmā „Latvijas skolas soma”" from "Vilzēnu pamatskola" — are the
    /// applicant's, not another institution's.
    let institution: String?

    /// The applicant fields of `documents`, or `nil` when there is none. A business or an
    /// institution named in any of them makes the applicant one: a section heading "1. Projekta
    /// iesniedzējs" may be followed by its table's header ("Lauks") before the name.
    /// - Parameter values: the fields' values in `documents` (``values(in:fields:)``), read once
    ///   for this and for the page's ``Applicant``.
    init?(named documents: [ReadDocument], values: [Value], fields: LexiconFile.Applicant) {
        let names = values.map(\.text)
        guard !names.isEmpty else { return nil }
        // The first name that carries one of `words` and not the residents beside it.
        func name(carrying words: [String]) -> String? {
            names.first { name in words.contains { Self.name(name, has: $0) } && !Self.namesResidents(name) }
        }
        let institutionName = name(carrying: fields.institutions ?? [])
        let named: Kind? = name(carrying: fields.businesses) != nil ? .business : institutionName != nil ? .institution : nil
        kind = named.flatMap { documents.contains(where: Self.speaksForResidents) ? nil : $0 }
        institution = kind == .institution ? institutionName.map(TextNormalizer.folded) : nil
    }

    /// A name the applicant field gives, with the document and block it stands in.
    struct Value: Sendable, Hashable {
        var text: String
        var document: String
        var location: BlockLocation
    }

    /// Every name the applicant fields of `documents` give, in reading order.
    static func values(in documents: [ReadDocument], fields: LexiconFile.Applicant) -> [Value] {
        let labels = Set(fields.fields.map(Self.labelKey))
        let initials = Set(labels.compactMap(\.utf8.first))
        var values: [Value] = []
        for document in documents {
            for (index, block) in document.blocks.prefix(Self.blocksOfAFormsOpening).enumerated() where Self.mayOpenALabel(block.text, initials: initials) {
                if let name = Self.value(of: block, after: document.blocks.dropFirst(index + 1).first, labels: labels) {
                    values.append(Value(text: name.text, document: document.path, location: name.location ?? block.location))
                }
                // "1. Pretendents" over a table whose "Nosaukums" row holds the name.
                if labels.contains(Self.labelKey(block.text)) {
                    let section = document.blocks.dropFirst(index + 1).prefix(Self.blocksToTheName)
                    if let row = section.firstIndex(where: { Self.labelKey($0.text) == "nosaukums" }), row + 1 < document.blocks.count {
                        let cell = document.blocks[row + 1]
                        values.append(Value(text: cell.text, document: document.path, location: cell.location))
                    }
                }
            }
        }
        return values
    }

    /// The name a block gives as the applicant: after the label and a colon in the block
    /// itself, or in the next block when the block is the label alone (a table's label cell).
    /// - Returns: the name, and the location of the next block when the name stands there.
    private static func value(of block: TextBlock, after next: TextBlock?, labels: Set<String>) -> (text: String, location: BlockLocation?)? {
        let text = block.text
        // A label is a few words: most blocks are ruled out by their length before a word is read.
        let label = text.utf8.prefix(Self.bytesOfALabel)
        let colon = label.firstIndex(of: UInt8(ascii: ":"))
        guard colon != nil || text.utf8.count <= Self.bytesOfALabel else { return nil }
        if let colon, labels.contains(labelKey(String(text[..<colon]))) {
            let rest = text[text.index(after: colon)...].drop(while: \.isWhitespace)
            guard rest.isEmpty else { return (String(rest), nil) }
            return next.flatMap { $0.kind == .heading ? nil : ($0.text, $0.location) }
        }
        guard labels.contains(labelKey(text)), let next, next.kind != .heading else { return nil }
        return (next.text, next.location)
    }

    /// Whether a name names the residents or their community beside the business.
    private static func namesResidents(_ name: String) -> Bool {
        Tokenizer.tokens(in: name).contains { token in
            let word = TextNormalizer.folded(token.text)
            return residentWords.contains { word.hasPrefix($0) }
        }
    }

    /// Whether a document applies in the residents' name: "visa ciema vārdā", "iedzīvotāju vārdā".
    private static func speaksForResidents(_ document: ReadDocument) -> Bool {
        document.blocks.contains { block in
            guard block.text.contains("vārdā") || block.text.contains("varda") else { return false }
            let words = Tokenizer.tokens(in: block.text).map { TextNormalizer.folded($0.text) }
            return zip(words, words.dropFirst()).contains { before, word in
                word == "varda" && inTheNameOf.contains { before.hasPrefix($0) }
            }
        }
    }

    /// Folded stems of the residents and their community: "iedzīvotāji", "kopiena", "ļaudis".
    private static let residentWords = ["iedzivotaj", "kopien", "laud", "biedrib"]
    /// Folded stems of whose name a business may apply in: "ciema", "iedzīvotāju", "kopienas".
    private static let inTheNameOf = ["ciem", "iedzivotaj", "kopien", "pagast"]

    /// Whether a block's first letter, after its number ("1.1."), is one a label opens with: most
    /// blocks are ruled out before a word is read.
    private static func mayOpenALabel(_ text: String, initials: Set<UInt8>) -> Bool {
        // The numbering before a label: "1.1.", "2)", "•".
        let letter = text.drop { !$0.isLetter }
        guard !letter.isEmpty, let first = TextNormalizer.foldedPrefix(letter, count: 1).utf8.first else { return false }
        return initials.contains(first)
    }

    /// Under a section's label, a table's "Nosaukums" row comes within this many blocks, after
    /// the table's head ("Pozīcija", "Dati").
    static let blocksToTheName = 6

    /// The applicant field stands in a form's opening section, within this many blocks.
    static let blocksOfAFormsOpening = 80

    /// A label with its number ("1.2. Iesniedzēja nosaukums (organizācija)") fits in this many
    /// bytes.
    static let bytesOfALabel = 64

    /// A label as compared: its words folded (no case, no diacritics), a leading number
    /// ("1.1.") and punctuation dropped.
    private static func labelKey(_ label: String) -> String {
        Tokenizer.tokens(in: label).map { TextNormalizer.folded($0.text) }.filter { $0.contains(where: \.isLetter) }.joined(separator: " ")
    }

    /// Whether `name` carries `business`: an abbreviation in capitals ("SIA", "Z/S") as
    /// written, other words ("zemnieku saimniecība") folded, as consecutive words.
    private static func name(_ name: String, has business: String) -> Bool {
        let abbreviation = business.allSatisfy { !$0.isLetter || $0.isUppercase }
        let words = Tokenizer.tokens(in: name).map { abbreviation ? $0.text : TextNormalizer.folded($0.text) }
        let wanted = Tokenizer.tokens(in: business).map { abbreviation ? $0.text : TextNormalizer.folded($0.text) }
        guard !wanted.isEmpty, words.count >= wanted.count else { return false }
        return (0...(words.count - wanted.count)).contains { words[$0..<($0 + wanted.count)].elementsEqual(wanted) }
    }
}
