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
    /// The name the sentence opens with, as written, when the sentence has no "we".
    var opening: (stem: TemplateWording.Stem, written: String)?
    /// The sentence says "we", "our" or "us".
    var withUs = false

    /// Reads the names of `words`, the words of one sentence of `text`.
    init(_ words: ArraySlice<ScannedText.Word>, in text: String, verbs: VerbForms) {
        withUs = words.contains { $0.cues.contains(.firstPerson) }
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
            // The sentence's subject, after a word or two of time at most: "Martā Mežmalas ciema
            // biedrība atklāja …".
            if opening == nil, index - words.startIndex < Self.wordsBeforeASubject, !withUs { opening = (stem, String(written)) }
        }
    }

    /// A place's name opens a sentence within its first words.
    private static let wordsBeforeASubject = 3

    /// Whether a noun names a territory or its community: pagasts, novads, ciems, sādža,
    /// kopiena, apkaime, muiža — not an association, whose name follows it.
    private static func isTerritory(_ noun: Substring) -> Bool {
        let folded = TextNormalizer.foldedPrefix(noun, count: 5)
        return ["pagas", "novad", "ciem", "sadz", "kopie", "apkai", "muiz"].contains(where: folded.hasPrefix)
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
        for passage in found {
            let evidence = passage.evidence
            let ownVoice = passage.places.withUs || evidence.part != .body || evidence.notCountedBecause == NotCounted.heading.rawValue
                || evidence.claim?.register == .contact || evidence.claim?.register == .template
            if ownVoice { home.formUnion(passage.places.named) }
        }
        guard !home.isEmpty else { return found }
        return found.map { passage in
            guard passage.evidence.notCountedBecause == nil, let opening = passage.places.opening, !home.contains(opening.stem) else { return passage }
            var other = passage
            other.evidence.notCountedBecause = NotCounted.aboutSomeoneElse.rawValue
            other.evidence.claim = Claim(speaker: .other, cue: opening.written)
            return other
        }
    }
}

extension PlaceNames {
    /// Whether a document's title (its first block) or a heading names a place: "Niedrāju
    /// ciems", "Biedrības „Liepkalnu kopiena” pieteikums" — a letter may name its place there
    /// and nowhere else.
    static func inTitles(of documents: [ReadDocument]) -> Bool {
        documents.contains { document in
            document.blocks.enumerated().contains { index, block in
                block.location.part == .body && (index == 0 || block.kind == .heading) && namesTerritory(block.text)
            }
        }
    }

    /// Whether `text` has a place's name before a territory or community noun ("Niedrāju
    /// ciems", "Vietalvas pagasts").
    private static func namesTerritory(_ text: String) -> Bool {
        let tokens = Tokenizer.tokens(in: text)
        return zip(tokens, tokens.dropFirst()).contains { name, noun in
            name.text.first?.isUppercase == true && endsAsAPlaceName(Substring(name.text)) && isTerritory(Substring(noun.text))
                && !notNames.contains(TextNormalizer.folded(name.text))
        }
    }

    /// Whether a sentence has a capitalised name after its first word — "Mēs dzīvojam
    /// Pilskalnē", „Liepkalnu kopiena” — other than the country's, the continent's, the
    /// capital's, the programme's or an acronym.
    static func hasName(_ sentence: String) -> Bool {
        Tokenizer.tokens(in: sentence).dropFirst().contains { token in
            guard token.text.first?.isUppercase == true, !token.text.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return false }
            let folded = TextNormalizer.folded(token.text)
            return !notNames.contains(folded) && !namesOfNoPlace.contains(where: folded.hasPrefix)
        }
    }

    /// Capitalised words that name no place of an applicant: "Viedā ciema", "Mūsu ciems".
    private static let notNames: Set<String> = ["vieda", "viedais", "viedo", "viedie", "musu", "mes", "mus", "mums"]
    /// Folded openings of names that are no applicant's place: Latvia, Europe, Rīga.
    private static let namesOfNoPlace = ["latvij", "eirop", "rig"]
}
