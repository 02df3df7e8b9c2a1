public import DocumentModel
import Foundation
import LatvianLanguage
import Lexicon

/// Who applies and from where, as the documents name it — the organisation ("biedrība „Kalnu
/// kopiena”"), the village ("Kalnu ciems") and the parish ("Sējas pagasts") — each with the block
/// it was read from, so that an evaluator can check the tool's reading before trusting it.
public struct Applicant: Sendable, Hashable, Codable {
    /// A name, as shown, and where it was found.
    public struct Named: Sendable, Hashable, Codable {
        public var name: String
        public var file: String
        public var location: BlockLocation

        public init(name: String, file: String, location: BlockLocation) {
            self.name = name
            self.file = file
            self.location = location
        }
    }

    public var organisation: Named?
    public var village: Named?
    public var parish: Named?

    public init(organisation: Named? = nil, village: Named? = nil, parish: Named? = nil) {
        self.organisation = organisation
        self.village = village
        self.parish = parish
    }

    /// Whether nothing was found.
    public var isEmpty: Bool {
        organisation == nil && village == nil && parish == nil
    }
}

/// Finds the ``Applicant`` in a submission's documents.
///
/// The organisation is the applicant field's value when the form has one ("Projekta
/// iesniedzējs: biedrība „Kalnu kopiena”"), else the organisation the body text names most often
/// ("biedrības „Kalnu kopiena” valde …"); page headers and footers are left out, as they carry
/// the action group's own name. The village and the parish are the ones named most often ("Kalnu
/// ciemā", "Sējas pagasta"), shown in the nominative: a neighbour is named less often than home.
struct ApplicantFinder: Sendable {

    /// - Parameter fieldValues: the applicant fields' values (``ApplicantField/values(in:fields:)``).
    func applicant(in documents: [ReadDocument], fieldValues: [ApplicantField.Value]) -> Applicant {
        var tally = Tally()
        for document in documents {
            var bytesRead = 0
            for block in document.blocks where block.location.part == .body || block.location.part == .textBox {
                // One huge block is read no further than a document would be.
                let text = block.text.utf8.count <= Self.bytesReadPerDocument
                    ? block.text : String(decoding: block.text.utf8.prefix(Self.bytesReadPerDocument), as: UTF8.self)
                tally.read(text, in: document.path, at: block.location)
                bytesRead += text.utf8.count
                if bytesRead >= Self.bytesReadPerDocument { break }
            }
        }
        var applicant = Applicant(village: tally.mostNamed(.village), parish: tally.mostNamed(.parish))
        // The field's value that names an organisation, else the first that is a name at all
        // (not the head of the form's table, "Lauks", "Nosaukums").
        let named = fieldValues.lazy.compactMap { value in Self.organisationName(in: value.text).map { (value, $0) } }.first
        let plain = fieldValues.first { !$0.text.isEmpty && $0.text.utf8.count <= Self.longestName && !Self.isALabel($0.text) }
        if let (field, name) = named {
            applicant.organisation = Applicant.Named(name: name, file: field.document, location: field.location)
        } else if let field = plain {
            applicant.organisation = Applicant.Named(name: field.text, file: field.document, location: field.location)
        } else {
            applicant.organisation = tally.mostNamed(.organisation)
        }
        return applicant
    }

    /// Whether a field's "value" is a label: the head of the form's table or another field's
    /// name ("Lauks", "Pretendenta nosaukums", "Iesniedzējs").
    static func isALabel(_ text: String) -> Bool {
        let words = Tokenizer.tokens(in: text).map { TextNormalizer.folded($0.text) }
        return !words.isEmpty && words.count <= 3 && words.allSatisfy { word in labelWords.contains { word.hasPrefix($0) } }
    }

    /// Folded stems of the words a form's labels are made of.
    private static let labelWords = [
        "lauk", "vertib", "nosaukum", "dati", "informacij", "pozicij", "iesniedzej", "pretendent", "apraks", "raditaj", "pieteicej",
        "organizacij", "projekt",
    ]

    /// A document names who applies and from where in its opening pages: the rest of a long
    /// document is not read for it.
    static let bytesReadPerDocument = 8 * 1024

    /// A field longer than this is a sentence, not a name.
    static let longestName = 160

    /// The organisation a field's value names, in the nominative: "biedrība „Kalnu kopiena”"
    /// from "biedrības „Kalnu kopiena” (reģ. Nr. …)".
    static func organisationName(in text: String) -> String? {
        Tally.organisations(in: text).first?.name
    }

    /// Names counted by kind, folded, each with its first sighting.
    private struct Tally {
        enum Kind: CaseIterable {
            case organisation, village, parish
        }

        private var counts: [Kind: [String: (count: Int, first: Applicant.Named)]] = [:]
        private var order: [Kind: [String]] = [:]

        mutating func read(_ text: String, in file: String, at location: BlockLocation) {
            // Most blocks name none: a byte test (in either case) before any word is read.
            let mayNameAPlace = ByteSearch.containsASCII(text, "ciem") || ByteSearch.containsASCII(text, "agast")
            let mayNameAnOrganisation = ByteSearch.containsASCII(text, "iedr") || ByteSearch.containsASCII(text, "odibin")
                || ByteSearch.containsASCII(text, "sia ") || ByteSearch.containsASCII(text, "z/s ")
            guard mayNameAPlace || mayNameAnOrganisation else { return }
            if mayNameAnOrganisation {
                // An action group is a "partnerība" writing to the applicant, not the applicant.
                for found in Self.organisations(in: text) where !TextNormalizer.folded(found.name).contains("partnerib") {
                    count(.organisation, found.name, file, location)
                }
            }
            if mayNameAPlace {
                for (kind, name) in Self.places(in: text) { count(kind, name, file, location) }
            }
        }

        func mostNamed(_ kind: Kind) -> Applicant.Named? {
            guard let names = order[kind], let table = counts[kind] else { return nil }
            // The most often named; of equals, the first named.
            var best: (count: Int, first: Applicant.Named)?
            for key in names {
                guard let entry = table[key] else { continue }
                if best == nil || entry.count > best!.count { best = entry }
            }
            return best?.first
        }

        private mutating func count(_ kind: Kind, _ name: String, _ file: String, _ location: BlockLocation) {
            let key = TextNormalizer.folded(name)
            if let entry = counts[kind]?[key] {
                counts[kind]?[key] = (entry.count + 1, entry.first)
            } else {
                counts[kind, default: [:]][key] = (1, Applicant.Named(name: name, file: file, location: location))
                order[kind, default: []].append(key)
            }
        }

        /// The words an organisation's name follows, folded, with the nominative they are shown in.
        static let organisationHeads: [(folded: String, shown: String)] = [
            ("biedrib", "biedrība"), ("nodibinajum", "nodibinājums"),
        ]
        /// Abbreviations of a company's form, as written: "SIA „Lūznavas dārzi”".
        static let companyForms: Set<String> = ["SIA", "AS", "IK", "ZS", "Z/S"]

        /// Quotation marks a name stands in: „…”, “…”, "…", «…».
        private static let openingQuotes: Set<Character> = ["„", "“", "\"", "«"]
        private static let closingQuotes: Set<Character> = ["”", "“", "\"", "»"]

        /// "biedrība „Kalnu kopiena”" for every organisation word followed by a quoted name.
        static func organisations(in text: String) -> [(name: String, start: Int)] {
            var found: [(String, Int)] = []
            for token in Tokenizer.tokens(in: text) {
                let word = TextNormalizer.folded(token.text)
                let shown: String
                if companyForms.contains(token.text) {
                    shown = token.text
                } else if let head = organisationHeads.first(where: { word.hasPrefix($0.folded) && word.count <= $0.folded.count + 3 }) {
                    shown = head.shown
                } else {
                    continue
                }
                let end = text.utf16.index(text.utf16.startIndex, offsetBy: token.end)
                let rest = text[end...].drop(while: { $0 == " " || $0 == "\u{00A0}" })
                guard let open = rest.first, openingQuotes.contains(open) else { continue }
                let inside = rest.dropFirst()
                guard let close = inside.prefix(80).firstIndex(where: { closingQuotes.contains($0) }) else { continue }
                let name = inside[..<close].trimmingCharacters(in: .whitespaces)
                guard !name.isEmpty, name.first?.isUppercase == true else { continue }
                found.append(("\(shown) „\(name)”", token.start))
            }
            return found
        }

        /// "Kalnu ciems", "Sējas pagasts" for every capitalised word before a form of "ciems" or
        /// "pagasts" — not at the start of a sentence, where a capital says nothing.
        static func places(in text: String) -> [(Kind, String)] {
            var found: [(Kind, String)] = []
            let tokens = Tokenizer.tokens(in: text)
            for (index, token) in tokens.enumerated() where index > 0 {
                let word = TextNormalizer.folded(token.text)
                let kind: Kind
                let noun: String
                if Self.villageForms.contains(word) {
                    kind = .village
                    noun = word.hasPrefix("ciemat") ? "ciemats" : "ciems"
                } else if Self.parishForms.contains(word) {
                    kind = .parish
                    noun = "pagasts"
                } else {
                    continue
                }
                if kind == .village, word == "ciems", let named = Self.nameBeforeIsA(tokens, before: index, in: text) {
                    found.append((.village, named))
                    continue
                }
                let name = tokens[index - 1]
                guard let first = name.text.first, first.isUppercase, name.text.count > 2, name.text.allSatisfy(\.isLetter),
                    Self.onlySpaces(between: name, and: token, in: text)
                else { continue }
                // "Mūsu ciems", "Šis pagasts": a word that names no place.
                guard !Self.notNames.contains(TextNormalizer.folded(name.text)) else { continue }
                if index == 1 || Self.endsASentence(between: tokens[index - 2], and: name, in: text) {
                    // At a sentence's start only a genitive place name ("Kalnu ciemā …") counts.
                    guard Self.looksGenitive(name.text) else { continue }
                }
                found.append((kind, "\(name.text) \(noun)"))
            }
            return found
        }

        /// The name of "Ozolkalns ir neliels ciems …": a capitalised word opening the sentence,
        /// "ir", at most two words describing, then "ciems".
        private static func nameBeforeIsA(_ tokens: [Token], before index: Int, in text: String) -> String? {
            guard let verb = tokens[max(0, index - 3)..<index].lastIndex(where: { $0.key == "ir" }), verb >= 1 else { return nil }
            let name = tokens[verb - 1]
            guard let first = name.text.first, first.isUppercase, name.text.count > 2, name.text.allSatisfy(\.isLetter),
                verb - 1 == 0 || endsASentence(between: tokens[verb - 2], and: name, in: text),
                !notNames.contains(TextNormalizer.folded(name.text)),
                tokens[(verb + 1)..<index].allSatisfy({ $0.text.first?.isLowercase == true })
            else { return nil }
            return name.text
        }

        /// Whether only spaces stand between two tokens: "Kalnu ciemā", not "pie Kalnu. Ciemā".
        private static func onlySpaces(between before: Token, and after: Token, in text: String) -> Bool {
            let utf16 = text.utf16
            let from = utf16.index(utf16.startIndex, offsetBy: before.end)
            let to = utf16.index(utf16.startIndex, offsetBy: after.start)
            return text[from..<to].allSatisfy { $0 == " " || $0 == "\u{00A0}" }
        }

        /// Whether a sentence ends between two tokens.
        private static func endsASentence(between before: Token, and after: Token, in text: String) -> Bool {
            let utf16 = text.utf16
            let from = utf16.index(utf16.startIndex, offsetBy: before.end)
            let to = utf16.index(utf16.startIndex, offsetBy: after.start)
            return text[from..<to].contains { ".!?:;\n".contains($0) }
        }

        /// Genitive endings of Latvian place names: Kalnu, Sējas, Dzērves, Ozolkalna.
        private static func looksGenitive(_ word: String) -> Bool {
            let folded = TextNormalizer.folded(word)
            return ["u", "as", "es", "a", "s"].contains { folded.hasSuffix($0) }
        }

        /// Folded, so "ciemā" is "ciema". (A name in capitals, "CIEMS", is a title, not read.)
        private static let villageForms: Set<String> = ["ciems", "ciema", "ciemam", "ciemu", "ciemats", "ciemata", "ciematam", "ciematu"]
        private static let parishForms: Set<String> = ["pagasts", "pagasta", "pagastam", "pagastu"]
        private static let notNames: Set<String> = [
            "musu", "mans", "sis", "sa", "tas", "ta", "kaiminu", "blakus", "viss", "visa", "cits", "cita", "katrs", "katra", "kads", "kada",
            "vins", "vina", "jusu", "so", "saja", "taja", "kaimina", "sava", "savs", "jaunais", "vecais",
            // "Viedā ciema pazīmes", "Sadraudzības ciems": kinds of village, not names.
            "vieda", "viedais", "viedo", "viedaja", "sadraudzibas", "partnerciems", "lauku", "musdienu",
        ]
    }
}
