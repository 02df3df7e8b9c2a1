import LatvianLanguage
import Testing

@Suite("Tokens, keys and sentences")
struct LatvianLanguageTests {
    @Test("punctuation and currency signs split words as Unicode's properties say, though answered without looking them up")
    func punctuationBlocks() {
        for value in Array(0x2000...0x206F) + Array(0x20A0...0x20CF) {
            guard let scalar = Unicode.Scalar(UInt32(value)), scalar != "’" else { continue }
            let isWordPart = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            let tokens = Tokenizer.tokens(in: "ab" + String(scalar) + "cd")
            #expect(tokens.count == (isWordPart ? 1 : 2), "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test("words split at spaces and punctuation, keep inner hyphens, and carry UTF-16 offsets")
    func tokens() {
        let text = "Mūsu e-pakalpojumi, t.sk. 𝔄 „kopiena”!"
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.map(\.text) == ["Mūsu", "e-pakalpojumi", "t", "sk", "𝔄", "kopiena"])
        let utf16 = Array(text.utf16)
        for token in tokens {
            #expect(String(decoding: utf16[token.start..<token.end], as: UTF16.self) == token.text)
        }
    }

    @Test("a word broken by a hyphen at a line end is joined; soft hyphens vanish")
    func hyphenation() {
        #expect(Tokenizer.tokens(in: "sadar-\nbība ar sko\u{00AD}lu").map(\.text) == ["sadarbība", "ar", "skolu"])
        // A dash before a capitalised line is not a broken word.
        #expect(Tokenizer.tokens(in: "Rīga-\nJelgava").map(\.text) == ["Rīga", "Jelgava"])
    }

    @Test("keys are lower case; folded keys drop the diacritics, composed or not")
    func keys() {
        #expect(TextNormalizer.key("KOPIENĀ") == "kopienā")
        #expect(TextNormalizer.folded("Kopienā") == "kopiena")
        #expect(TextNormalizer.folded("Ģērbšanās ķēde") == "gerbsanas kede")
        #expect(TextNormalizer.folded("kopiena\u{0304}") == TextNormalizer.folded("kopienā"))
        #expect(TextNormalizer.hasDiacritics("ciemā"))
        #expect(!TextNormalizer.hasDiacritics("ciema"))
    }

    @Test("a key is Unicode's lower case of the word, without soft hyphens, whatever letters it holds")
    func keysAgreeWithUnicode() {
        let words = [
            "ĀRĒJIE", "Ģimenes", "ŅEMOT", "Ŗ", "ŠĶĒRSIELA", "Ž", "Ÿ", "İstanbul", "Straße", "ÀBOLS", "ΣΟΦΙΑ", "Жизнь",
            "kopiena\u{0304}", "LEADER-2027", "", "e-PASTS", "😀Mēs", "ǅemal", "ﬁrma",
        ]
        for word in words {
            #expect(TextNormalizer.key(word) == word.lowercased(), "\(word)")
            #expect(TextNormalizer.key(word[...]) == word.lowercased(), "\(word)")
        }
        #expect(TextNormalizer.key("KOP\u{00AD}IENA") == "kopiena")
        #expect(TextNormalizer.key("Pārval\u{00AD}DE") == "pārvalde")
        #expect(TextNormalizer.folded("ŖŪĶĪ\u{00AD}ŠOŅĢĒŽČĻĀ") == "rukisongezcla")
        #expect(TextNormalizer.folded("A\u{0304}BOLS") == "abols")
        #expect(TextNormalizer.folded("Ÿ ΣΟΦΙΑ İ") == "ÿ σοφια i")
    }

    @Test("keys longer than the scanner's first buffer, in ASCII and in Latvian letters, come out whole")
    func longKeys() {
        for letter in ["A", "Ā", "Ž"] {
            let word = String(repeating: letter, count: 300)
            var keys: [String] = []
            WordScanner.scan("\(word) un \(word)") { _, key in keys.append(String(decoding: key, as: UTF8.self)) }
            #expect(keys == [word.lowercased(), "un", word.lowercased()])
        }
    }

    @Test("an ordinal's full stop and a range's dash end no clause; a full stop before a name and a dash between words do")
    func numbersKeepClauses() {
        func boundaries(_ text: String) -> [String] {
            var found: [String] = []
            WordScanner.scan(text) { word, key in if word.clauseBoundaryBefore { found.append(String(decoding: key, as: UTF8.self)) } }
            return found
        }
        #expect(boundaries("Pašvaldība 2022. gadā ierīkoja internetu") == [])
        #expect(boundaries("Rīcības plāna 1.–5. rīcību vēl neesam sākuši") == [])
        #expect(boundaries("no 2019-2021 strādājām") == [])
        #expect(boundaries("Mums ir 12. Jānis vadīja") == ["jānis"])
        #expect(boundaries("biedri – ne valde") == ["ne"])
    }

    @Test("sentences end at . ! ? but not after Latvian abbreviations, initials or ordinal numbers")
    func sentences() {
        let text = "Mums ir 12 biedri, t.sk. 3 jaunieši. 2023. gadā rīkojām talku! J. Bērziņš vadīja sapulci, u.c. Vai būs vēl?\nJā"
        let split = SentenceSplitter.sentences(in: text).map { sentence in
            String(decoding: Array(text.utf16)[sentence.start..<sentence.end], as: UTF16.self)
        }
        #expect(
            split == [
                "Mums ir 12 biedri, t.sk. 3 jaunieši.", "2023. gadā rīkojām talku!", "J. Bērziņš vadīja sapulci, u.c. Vai būs vēl?",
                "Jā",
            ]
        )
        #expect(SentenceSplitter.sentences(in: text).map { $0.text(in: text) } == split)
    }

    @Test("sentence bounds agree in UTF-16 and UTF-8 whatever the scalars' widths")
    func sentenceBoundsInBothUnits() {
        let text = "Ābeles 🌳 zied. Ķēniņš „Mežs“ — 2 € par m². Vai 𝄞? Jā!"
        let units = Array(text.utf16)
        let sentences = SentenceSplitter.sentences(in: text)
        #expect(sentences.count == 4)
        for sentence in sentences {
            #expect(sentence.text(in: text) == String(decoding: units[sentence.start..<sentence.end], as: UTF16.self))
        }
    }

    @Test("every kind of sentence end is found wherever it falls among the bytes scanned eight at a time")
    func sentenceEndsAtEveryOffset() {
        for end in [".", "!", "?", "…", "\n"] {
            for padding in 0..<17 {
                let first = "Āb" + String(repeating: "b", count: padding) + end
                let text = first + (end == "\n" ? "" : " ") + "Otrais teikums ir garāks par astoņiem baitiem"
                let split = SentenceSplitter.sentences(in: text).map { $0.text(in: text) }
                let expected = end == "\n" ? String(first.dropLast()) : first
                #expect(split == [expected, "Otrais teikums ir garāks par astoņiem baitiem"], "end \(end.debugDescription), padding \(padding)")
            }
        }
    }

    @Test("ne- verb forms negate; lexicalised ne- words do not", arguments: [
        ("nerakstām", true), ("nenotiek", true), ("neiesaistās", true), ("nepiedalījās", true),
        ("nepieciešams", false), ("nevalstiskā", false), ("neaizstājamie", false), ("nedēļā", false), ("nedaudz", false),
        ("nesen", false), ("ne", false), ("neēda", false), ("neēdām", true), ("nee\u{304}dām", true),
        // Typed without diacritics: lexicalised words stay what they are, verbs still deny.
        ("nedelu", false), ("nepieciesams", false), ("nematerialais", false), ("nerakstam", true),
        // Styles of architecture are no denials: "ap neogotisko muižu".
        ("neogotisko", false), ("neoklasicisma", false), ("neorganizējam", true),
    ])
    func negatedVerbs(word: String, negates: Bool) {
        #expect(NegatedVerb.isNegatedVerb(word) == negates)
        var bytes = word
        #expect(bytes.withUTF8 { NegatedVerb.isNegatedVerb($0) } == negates, "as bytes")
    }

    @Test("negation cues and clause breakers")
    func negation() {
        #expect(NegationCues.cues.contains("nav"))
        #expect(NegationCues.cues.contains("trukst"))
        #expect(NegationCues.clauseBreakers.contains("bet"))
        #expect(NegationCues.isClauseBoundary(", "))
        #expect(!NegationCues.isClauseBoundary(" "))
    }
}
