import DocumentModel
import LatvianLanguage

/// A letter in which someone else supports the application — the parish administration, the
/// school, a partner abroad: "Mēs atbalstām biedrības „Koknesieši” iniciatīvu". Its "we" is the
/// writer's, so what it says in the first person ("Mūsu kopienai jau trešo gadu ir sava mobilā
/// lietotne") tells of the writer, not of the applicant.
///
/// A document is such a letter when one of its sentences supports an application, a project or
/// an idea in the present tense, names whose it is ("biedrības …", a quoted name) or stands in
/// a document titled "Atbalsta vēstule", and claims none of it as its own: "Lūdzam atbalstīt
/// mūsu ieceri" is the applicant's cover letter, "Valsts atbalsta projektiem" a noun.
struct SupportLetter: Sendable, Hashable {
    /// The words of support, as written ("atbalstām", "apliecina atbalstu").
    let cue: String
    /// The blocks the letter spans: the whole document, or — in a printed e-mail thread — the
    /// one message that supports, between its header and the next ("Vārds <adrese@…> · datums").
    let blocks: Range<Int>

    /// The letter's words of support, or `nil` when `document` is no one else's support letter.
    init?(_ document: ReadDocument) {
        let titled = document.blocks.prefix(Self.blocksOfAHeading).contains { Self.isTitle($0.text) }
        for (position, block) in document.blocks.enumerated() where Self.mayMentionSupport(block.text) {
            for sentence in SentenceSplitter.sentences(in: block.text) {
                let text = sentence.text(in: block.text)
                if Self.mayMentionSupport(text), let cue = Self.supportCue(in: text, titled: titled) {
                    self.cue = cue
                    self.blocks = Self.message(around: position, in: document)
                    return
                }
            }
        }
        return nil
    }

    /// The blocks of the e-mail message that holds block `position`: from the last message
    /// header at or before it to the next; the whole document when it has no headers.
    private static func message(around position: Int, in document: ReadDocument) -> Range<Int> {
        let headers = document.blocks.indices.filter { isMessageHeader(document.blocks[$0].text) }
        let start = headers.last { $0 <= position } ?? 0
        let end = headers.first { $0 > position } ?? document.blocks.count
        return start..<end
    }

    /// Whether a block heads an e-mail message: a sender's address in angle brackets ("Evita
    /// Kļaviņa <konsultants@…> · 2024. gada 23. septembris") or a "No:"/"From:" line.
    private static func isMessageHeader(_ text: String) -> Bool {
        guard text.utf8.contains(UInt8(ascii: "@")) else { return false }
        let opening = text.drop { $0.isWhitespace }
        return opening.hasPrefix("<") || opening.hasPrefix("No:") || opening.hasPrefix("From:") || opening.hasPrefix("Sūtītājs:")
            || (opening.contains("<") && opening.contains(">") && opening.utf8.count <= Self.bytesOfAHeader)
    }

    /// A header line is short: a name, an address, a date.
    private static let bytesOfAHeader = 160

    /// A letter's title comes within its first few blocks, after the sender's and the
    /// addressee's lines.
    static let blocksOfAHeading = 5

    /// A title is "Atbalsta vēstule" and a few words more: "… biedrības „Ozolu aleja” projektam".
    static let wordsOfATitle = 6

    /// Whether a block is the title "Atbalsta vēstule" (alone or with a few words more).
    private static func isTitle(_ text: String) -> Bool {
        let words = Tokenizer.tokens(in: text)
        guard words.count <= Self.wordsOfATitle else { return false }
        let keys = words.map { TextNormalizer.folded($0.text) }
        return zip(keys, keys.dropFirst()).contains { $0 == "atbalsta" && $1 == "vestule" }
    }

    /// Whether a block may hold a form of "atbalsts"/"atbalstīt": a byte test that spares the
    /// sentences of every other block.
    private static func mayMentionSupport(_ text: String) -> Bool {
        // Either case: "ATBALSTĀM" in a capitalised letter.
        ByteSearch.containsASCII(text, "tbalst")
    }

    /// The words of support of a sentence that supports someone else's application.
    private static func supportCue(in sentence: String, titled: Bool) -> String? {
        let words = Tokenizer.tokens(in: sentence)
        // Folded as needed: the words around a form of "atbalsts", and all of them only once
        // one supports something.
        var folded = [String?](repeating: nil, count: words.count)
        func fold(_ index: Int) -> String {
            if let key = folded[index] { return key }
            let key = TextNormalizer.folded(words[index].text)
            folded[index] = key
            return key
        }
        for index in words.indices where ByteSearch.containsASCII(words[index].text, "tbalst") {
            let key = fold(index)
            // "atbalstām … pieteikumu": the verb and what it supports; "apliecinām atbalstu …
            // pieteikumam": the noun and what it goes to. "Valsts atbalsta projektos" is neither.
            let supported: Set<String>
            if supportVerbs.contains(key) {
                // "programmā NVO darbības atbalstam": the noun's dative, in a text that writes
                // its long vowels — only one typed without them writes the verb so.
                if key == "atbalstam", !TextNormalizer.hasDiacritics(words[index].text), TextNormalizer.hasDiacritics(sentence) {
                    continue
                }
                // "NVO atbalsta programmas finansējums": the noun, naming a kind of support.
                if index + 1 < words.count, !supportedThings.contains(fold(index + 1)), kindsOfSupport.contains(where: fold(index + 1).hasPrefix) {
                    continue
                }
                supported = supportedThings
            } else if key == "atbalstu", index > 0, affirmingVerbs.contains(fold(index - 1)) {
                supported = thingsSupported
            } else {
                continue
            }
            let after = (index + 1)..<min(words.count, index + 1 + Self.wordsToTheObject)
            guard after.contains(where: { supported.contains(fold($0)) }) else { continue }
            // Whose it is, named after the words of support: "biedrības „Koknesieši”", "Valles
            // pamatskolas", or the letter's title says it.
            let named = after.contains { fold($0).hasPrefix("biedrib") || words[$0].text.first?.isUppercase == true }
                || sentence.contains(where: quoteMarks.contains)
            guard named || titled else { continue }
            // "Lūdzam atbalstīt mūsu ieceri": the writer's own cause.
            guard !words.indices.contains(where: { ownWords.contains(fold($0)) }) else { return nil }
            let start = key == "atbalstu" ? index - 1 : index
            return words[start...index].map(\.text).joined(separator: " ")
        }
        return nil
    }

    /// What is supported follows within this many words: "atbalsta biedrības „Koknesieši”
    /// projekta iesniegumu".
    static let wordsToTheObject = 8

    /// Nouns that "atbalsta" qualifies as a noun: "atbalsta programma", "atbalsta pasākums".
    private static let kindsOfSupport = ["programm", "pasakum", "fond", "instrument", "likm", "intensitat", "summ", "apmer", "sanemej", "veid", "vestul", "projektiem", "projektos", "projekta"]

    /// "atbalstām", "atbalsta": to support, present tense, folded.
    private static let supportVerbs: Set<String> = ["atbalstam", "atbalsta"]
    /// "apliecinām atbalstu", "izsakām atbalstu": support declared, folded.
    private static let affirmingVerbs: Set<String> = ["apliecinam", "apliecina", "izsakam", "izsaka", "pauzam", "pauz", "sniedzam"]
    /// What a letter supports — an application, a project, an initiative, an idea, carrying
    /// one out — as the verb's object (folded, accusative).
    private static let supportedThings: Set<String> = [
        "pieteikumu", "projektu", "iniciativu", "ieceri", "ideju", "iesniegumu", "pieteikumus", "projektus", "iniciativas", "ieceres", "idejas",
        "istenosanu", "iesniegsanu", "realizesanu",
    ]
    /// …and as what the support goes to (folded, dative): "apliecinām atbalstu … pieteikumam".
    private static let thingsSupported: Set<String> = [
        "pieteikumam", "projektam", "iniciativai", "iecerei", "idejai", "iesniegumam", "istenosanai", "iesniegsanai",
    ]
    /// Words that make the support the writer's own cause: "mūsu ieceri", "lūdzam atbalstīt".
    private static let ownWords: Set<String> = ["musu", "mus", "savu", "savas", "sava", "ludzam", "ludz", "lugums", "lugumu"]
    private static let quoteMarks: Set<Character> = ["„", "“", "”", "\"", "«"]
}
