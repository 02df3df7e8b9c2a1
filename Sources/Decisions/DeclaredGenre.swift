import DocumentModel
import LatvianLanguage

/// What a document says it is — in its file name, its opening lines or its closing note — where
/// that decides whose its sentences are: a sample to be filled in speaks for no applicant, and
/// an essay's places and "I" are its author's examples.
enum DeclaredGenre: Sendable, Hashable {
    /// A sample to fill in, with its placeholders still in brackets: "PARAUGS: Projekta
    /// iesniegums", "Stratēģijas_paraugs.docx", "[Biedrības nosaukums]". Every sentence in it is
    /// form, its "we" included ("Labs formulējums sākas ar vārdiem „Mūsu mērķis ir…”").
    case sample(cue: String)
    /// An essay or article: "Eseja. Autore: …", "Raksts sagatavots diskusijai", "Izmantotā
    /// literatūra". Only "we" ties it to an applicant: the places it names are examples, and its
    /// "I" is the author.
    case essay(cue: String)

    /// The genre `document` declares, or `nil` for an ordinary one.
    init?(_ document: ReadDocument) {
        let fileName = document.path.split(separator: "/").last.map(String.init) ?? document.path
        let opening = [fileName] + document.blocks.prefix(Self.blocksOfAnOpening).map(\.text)
        if let cue = Self.word(in: opening, in: Self.sampleWords),
            document.blocks.lazy.filter({ Self.hasPlaceholder($0.text) }).prefix(Self.placeholdersOfASample).count == Self.placeholdersOfASample
        {
            self = .sample(cue: cue)
        } else if let cue = Self.word(in: opening, in: Self.essayWords) {
            self = .essay(cue: cue)
        } else if let closing = document.blocks.suffix(Self.blocksOfAClosing).lazy.map(\.text).first(where: Self.isEssayNote) {
            self = .essay(cue: String(closing.prefix(while: { $0 != "." && $0 != ":" })))
        } else {
            return nil
        }
    }

    /// A document says what it is in its file name and first few blocks (title, subtitle,
    /// author line).
    static let blocksOfAnOpening = 3
    /// An article's closing note and its list of sources stand within its last blocks.
    static let blocksOfAClosing = 12
    /// A sample leaves at least this many placeholders for the applicant to fill in.
    static let placeholdersOfASample = 3

    /// A word's forms, folded, and the stem they all open with (lower-case ASCII): most texts
    /// are ruled out by a byte test for the stem.
    private struct WordForms: Sendable {
        let folded: Set<String>
        let stem: StaticString
    }

    /// "Paraugs" ("a sample") and its forms, folded: not "paraugprakse" ("good practice").
    private static let sampleWords: WordForms = WordForms(folded: ["paraugs", "parauga", "paraugu", "paraugam", "paraugi", "paraugos"], stem: "parau")
    /// "Eseja" ("an essay") and its forms, folded.
    private static let essayWords: WordForms = WordForms(folded: ["eseja", "esejas", "esejai", "eseju", "esejam"], stem: "esej")

    /// Whether this is an essay or article.
    var isEssay: Bool {
        if case .essay = self { true } else { false }
    }

    /// The first word of `texts`, as written, whose folded form is one of `words`.
    private static func word(in texts: [String], in words: WordForms) -> String? {
        for text in texts where ByteSearch.containsASCII(text, words.stem) {
            // File names join words with "_" and "-": "Pieteikuma_paraugs_Viedais_ciems.docx".
            let spaced = String(text.map { $0 == "_" || $0 == "-" ? " " : $0 })
            if let token = Tokenizer.tokens(in: spaced).first(where: { words.folded.contains(TextNormalizer.folded($0.text)) }) {
                return token.text
            }
        }
        return nil
    }

    /// Whether a block leaves words in square brackets to be filled in: "[Ciema nosaukums]",
    /// not a footnote's "[1]".
    private static func hasPlaceholder(_ text: String) -> Bool {
        guard let open = text.firstIndex(of: "["), let close = text[open...].firstIndex(of: "]") else { return false }
        return text[open..<close].contains(where: \.isLetter)
    }

    /// An article's note or its list of sources: "Raksts sagatavots diskusijai …", "Izmantotā
    /// literatūra".
    private static func isEssayNote(_ text: String) -> Bool {
        // Each note's first word opens with six ASCII letters: most blocks are ruled out by their
        // first bytes.
        let head = text.utf8.prefix(Self.bytesOfANoteOpening).map { $0 | 0x20 }
        guard Self.essayNotes.contains(where: { head.elementsEqual($0.0.utf8.prefix(Self.bytesOfANoteOpening)) }) else { return false }
        let opening = Tokenizer.tokens(in: text).prefix(2).map { TextNormalizer.folded($0.text) }
        guard opening.count == 2 else { return false }
        return essayNotes.contains { $0.0 == opening[0] && opening[1].hasPrefix($0.1) }
    }

    /// The first word of every note opens with these many letters of plain ASCII, written with
    /// or without diacritics ("Izmant-otā", "Litera-tūras").
    private static let bytesOfANoteOpening = 6

    /// The folded openings of an article's note or source list: a first word, and the start of
    /// the second.
    private static let essayNotes: [(String, String)] = [
        ("raksts", "sagatavot"), ("izmantota", "literatur"), ("izmantotie", "avot"), ("literaturas", "sarakst"), ("autora", "viedokl"),
    ]
}
