import DocumentModel
import LatvianLanguage
import LatvianMorphology
import Lexicon

/// The places a sentence names — "Barkavas kopiena", "Vecumnieku pagastā" — so that a statement
/// opening with another place's community is told from the applicant's own.
///
/// Which place is the applicant's is read from the submission as a whole (see
/// ``marked(_:)``): the places named where the text speaks as "we", in page headers and footers,
/// in headings and in address lines.
struct PlaceNames: Sendable {
    /// The names standing before a territory or community noun anywhere in the sentence.
    var named: Set<TemplateWording.Stem> = []
    /// The first letters of each of `named` (see ``namePrefix(_:)``).
    var namedPrefixes: Set<String> = []
    /// The name the sentence opens with, as written, when the sentence has no "we".
    var opening: (stem: TemplateWording.Stem, written: String)?
    /// The sentence says "we", "our" or "us".
    var withUs = false
    /// The place the sentence opens in, as written, when it opens with a place's name in the
    /// locative and has no "we": "Rucavā kopiena pirms diviem gadiem izveidoja laika banku".
    var openingSetting: String?

    /// Reads the names of `words`, the words of one sentence of `text`.
    init(_ words: ArraySlice<ScannedText.Word>, in text: String, verbs: VerbForms) {
        withUs = words.contains { $0.cues.contains(.firstPerson) }
        openingSetting = Self.setting(opening: words, in: text, withUs: withUs, verbs: verbs)
        for index in words.indices.dropLast() where words[index + 1].cues.contains(.placeNoun) && !words[index + 1].scanned.clauseBoundaryBefore {
            let written = ClaimReader.text(of: words[index], in: text)
            guard ClaimReader.isCapitalised(words[index], in: text), !words[index].cues.contains(.firstPerson),
                Self.endsAsAPlaceName(written), Self.isTerritory(ClaimReader.text(of: words[index + 1], in: text))
            else { continue }
            // A sentence's first word is capitalised whatever it is: it names a place only when
            // the dictionary does not know it as a common word ("Vietējā kopiena", "Lauku kopiena")
            // — which it cannot tell of text typed without diacritics ("Piedalijamies novada …").
            if index == words.startIndex, verbs.knows(TextNormalizer.key(written)) || !words.contains(where: \.scanned.hasDiacritics) { continue }
            guard let stem = TemplateWording.stem(of: written) else { continue }
            named.insert(stem)
            namedPrefixes.insert(Self.namePrefix(written))
            // The sentence's subject, after a word or two of time at most: "Martā Mežmalas ciema
            // biedrība atklāja …".
            if opening == nil, index - words.startIndex < Self.wordsBeforeASubject, !withUs { opening = (stem, String(written)) }
        }
    }

    /// The name a sentence opens with in the locative ("Rucavā", "Ēdolē"), when the dictionary
    /// does not know it as a common word ("Vasarā", "Pagastā") and the sentence has no "we",
    /// neither a pronoun nor a verb.
    private static func setting(opening words: ArraySlice<ScannedText.Word>, in text: String, withUs: Bool, verbs: VerbForms) -> String? {
        guard !withUs, let first = words.first, words.count > 1, first.cues.isEmpty, first.byteCount >= 5 else { return nil }
        // -ā, -ē, -ī: C4 81, C4 93, C4 AB — read from the word's last two bytes before anything else.
        let utf8 = text.utf8
        let end = utf8.index(utf8.startIndex, offsetBy: first.scanned.byteEnd)
        let last = utf8[utf8.index(before: end)]
        guard utf8[utf8.index(end, offsetBy: -2)] == 0xC4, last == 0x81 || last == 0x93 || last == 0xAB, ClaimReader.isCapitalised(first, in: text)
        else { return nil }
        let written = ClaimReader.text(of: first, in: text)
        guard !verbs.knows(TextNormalizer.key(written)), !isNoApplicantsPlace(TextNormalizer.folded(written)) else { return nil }
        // "Ābeļciemā lepojamies ar …": a verb of ours makes it our place.
        guard !ClaimReader.speaksAsWe(words, in: text, verbs: verbs) else { return nil }
        return String(written)
    }

    /// The first letters of a place's name that its forms share: "Rucava", "Rucavas", "Rucavā".
    static func namePrefix(_ written: some StringProtocol) -> String {
        TextNormalizer.foldedPrefix(written, count: lettersOfANameStem)
    }

    private static let lettersOfANameStem = 4

    /// A place's name opens a sentence within its first words.
    private static let wordsBeforeASubject = 3

    /// Whether a noun names a territory or its community: pagasts, novads, ciems, sādža,
    /// kopiena, apkaime, muiža — not an association, whose name follows it.
    private static func isTerritory(_ noun: Substring) -> Bool {
        let folded = TextNormalizer.foldedPrefix(noun, count: 5)
        return ["pagas", "novad", "ciem", "sadz", "kopie", "apkai", "muiz", "laudi", "iedzi"].contains(where: folded.hasPrefix)
    }

    /// Whether a word ends as a place's name before a noun does — in the genitive ("Barkavas",
    /// "Kokneses", "Vecumnieku", "Rites"): -a, -s, -u.
    private static func endsAsAPlaceName(_ word: Substring) -> Bool {
        guard let last = word.utf8.last.map({ $0 | 0x20 }) else { return false }
        return last == UInt8(ascii: "a") || last == UInt8(ascii: "s") || last == UInt8(ascii: "u")
    }

    /// `found` with the passages that open with another place's community marked as about
    /// someone else: "Barkavas kopiena pērn atvēra kopienas centru" in the application of a
    /// village that names itself elsewhere. Nothing is marked when the applicant's place cannot
    /// be told.
    static func marked(_ found: [PassageFinder.Found]) -> [PassageFinder.Found] {
        var home: Set<TemplateWording.Stem> = []
        var homePrefixes: Set<String> = []
        for passage in found {
            let evidence = passage.evidence
            let ownVoice = passage.places.withUs || evidence.part != .body || evidence.notCountedBecause == NotCounted.heading.rawValue
                || evidence.claim?.register == .contact || evidence.claim?.register == .template
            if ownVoice {
                home.formUnion(passage.places.named)
                homePrefixes.formUnion(passage.places.namedPrefixes)
            }
            // An address names the village alone: "Sporta iela 4, Druva, Saldus pagasts".
            if evidence.claim?.register == .contact {
                for token in Tokenizer.tokens(in: evidence.text) where token.text.first?.isUppercase == true && token.text.count >= lettersOfANameStem {
                    homePrefixes.insert(namePrefix(token.text))
                }
            }
        }
        guard !home.isEmpty else { return found }
        return found.map { passage in
            guard passage.evidence.notCountedBecause == nil else { return passage }
            let elsewhere: String
            if let opening = passage.places.opening, !home.contains(opening.stem), !homePrefixes.contains(namePrefix(opening.written)) {
                elsewhere = opening.written
            } else if let setting = passage.places.openingSetting, !homePrefixes.contains(namePrefix(setting)) {
                elsewhere = setting
            } else {
                return passage
            }
            var other = passage
            other.evidence.notCountedBecause = NotCounted.aboutSomeoneElse.rawValue
            other.evidence.claim = Claim(speaker: .other, cue: elsewhere)
            return other
        }
    }
}

extension PlaceNames {
    /// Whether a document's title (its first block) or a heading names a place: "Niedrāju
    /// ciems", "Biedrības „Liepkalnu kopiena” pieteikums" — a letter may name its place there
    /// and nowhere else. A title's first word is capitalised whatever it is, and a village is
    /// often named by a common noun ("Niedrāju ciems", "Priedaines pagasts"), so the dictionary
    /// is not asked, as it is of a sentence's first word (see ``init(_:in:verbs:)``); the words
    /// titles open with instead are listed (``titleWords``).
    static func inTitles(of documents: [ReadDocument]) -> Bool {
        documents.contains { document in
            document.blocks.enumerated().contains { index, block in
                block.location.part == .body && (index == 0 || block.kind == .heading) && namesTerritory(block.text)
            }
        }
    }

    /// Whether `text` has a place's name before a territory or community noun, as a sentence's
    /// names are read: capitalised, ending as a genitive, not "we" nor a place that is no
    /// applicant's.
    private static func namesTerritory(_ text: String) -> Bool {
        let tokens = Tokenizer.tokens(in: text)
        return zip(tokens, tokens.dropFirst()).contains { name, noun in
            let folded = TextNormalizer.folded(name.text)
            return name.text.first?.isUppercase == true && endsAsAPlaceName(Substring(name.text)) && isTerritory(Substring(noun.text))
                && !notNames.contains(folded) && !titleWords.contains(folded) && !isNoApplicantsPlace(folded)
        }
    }

    /// Common words a title opens with before a community noun: "Lauku kopienas attīstība",
    /// "Vietējās kopienas stratēģija".
    private static let titleWords: Set<String> = ["lauku", "vietejas", "vietejo", "jauna", "jaunas", "musu", "sava", "savas", "kopejas"]

    /// Whether a sentence has a capitalised name after its first word — "Mēs dzīvojam
    /// Pilskalnē", "… biedrība „Liepkalnu kopiena”" — other than a pronoun, the programme's
    /// "Viedais", an acronym, or a place that is no applicant's (see ``isNoApplicantsPlace(_:)``).
    /// A person's name passes too: what it guards against is a text that names nothing at all.
    static func hasName(_ sentence: String) -> Bool {
        Tokenizer.tokens(in: sentence).dropFirst().contains { token in
            guard token.text.first?.isUppercase == true, !token.text.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return false }
            let folded = TextNormalizer.folded(token.text)
            return !notNames.contains(folded) && !isNoApplicantsPlace(folded)
        }
    }

    /// Whether a folded name is a place that is no applicant's: Latvia, Europe, Rīga, or one
    /// of Latvia's regions ("Latgales ciemā" places no one in particular).
    static func isNoApplicantsPlace(_ folded: String) -> Bool {
        regions.contains(folded) || ["latvij", "eirop", "rig"].contains(where: folded.hasPrefix)
    }

    /// Latvia's regions in the genitive and the locative.
    private static let regions: Set<String> = [
        "kurzemes", "vidzemes", "latgales", "zemgales", "selijas", "kurzeme", "vidzeme", "latgale", "zemgale", "selija",
    ]

    /// Capitalised words that name no place: the programme's "Viedā ciema", and "we".
    private static let notNames: Set<String> = ["vieda", "viedais", "viedo", "viedie", "musu", "mes", "mus", "mums"]
}
