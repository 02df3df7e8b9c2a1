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
        if let cue = Self.word(in: opening, startingWith: "paraug"),
            document.blocks.lazy.filter({ Self.hasPlaceholder($0.text) }).prefix(Self.placeholdersOfASample).count == Self.placeholdersOfASample
        {
            self = .sample(cue: cue)
        } else if let cue = Self.word(in: opening, startingWith: "esej") {
            self = .essay(cue: cue)
        } else if let closing = document.blocks.lazy.map(\.text).first(where: Self.isEssayNote) {
            self = .essay(cue: String(closing.prefix(while: { $0 != "." && $0 != ":" })))
        } else {
            return nil
        }
    }

    /// A document says what it is in its file name and first few blocks (title, subtitle,
    /// author line).
    static let blocksOfAnOpening = 3
    /// A sample leaves at least this many placeholders for the applicant to fill in.
    static let placeholdersOfASample = 3

    /// The first word of `texts`, as written, whose folded form starts with `stem`.
    private static func word(in texts: [String], startingWith stem: String) -> String? {
        for text in texts {
            // File names join words with "_" and "-": "Pieteikuma_paraugs_Viedais_ciems.docx".
            let spaced = String(text.map { $0 == "_" || $0 == "-" ? " " : $0 })
            if let token = Tokenizer.tokens(in: spaced).first(where: { TextNormalizer.folded($0.text).hasPrefix(stem) }) {
                return token.text
            }
        }
        return nil
    }

    /// Whether a block leaves something in square brackets to be filled in: "[Ciema nosaukums]".
    private static func hasPlaceholder(_ text: String) -> Bool {
        guard let open = text.firstIndex(of: "[") else { return false }
        return text[open...].contains("]")
    }

    /// An article's note or its list of sources: "Raksts sagatavots diskusijai …", "Izmantotā
    /// literatūra".
    private static func isEssayNote(_ text: String) -> Bool {
        // Each note opens with a few ASCII letters: most blocks are ruled out by their bytes.
        let head = text.utf8.prefix(Self.bytesOfANoteOpening).map { $0 | 0x20 }
        guard Self.noteOpenings.contains(where: { head.starts(with: $0.utf8) }) else { return false }
        let opening = Tokenizer.tokens(in: String(text.prefix(40))).prefix(2).map { TextNormalizer.folded($0.text) }
        guard opening.count == 2 else { return false }
        return essayNotes.contains { $0.0 == opening[0] && opening[1].hasPrefix($0.1) }
    }

    /// The ASCII letters each note opens with, lower-cased.
    private static let noteOpenings = ["raksts", "izmantot", "literat", "autora"]
    private static let bytesOfANoteOpening = 8

    /// The folded openings of an article's note or source list: a first word, and the start of
    /// the second.
    private static let essayNotes: [(String, String)] = [
        ("raksts", "sagatavot"), ("izmantota", "literatur"), ("izmantotie", "avot"), ("literaturas", "sarakst"), ("autora", "viedokl"),
    ]
}
