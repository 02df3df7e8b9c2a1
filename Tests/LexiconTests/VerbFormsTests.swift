import LatvianMorphology
import Testing

/// Verb mood, tense and person read from the Latvian Hunspell dictionary.
@Suite("Reading verb forms with Hunspell")
struct VerbFormsTests {
    private func reading(_ word: String) throws -> VerbReading {
        try #require(try VerbForms().readings(of: [word]).first)
    }

    @Test("conditionals in -tu and -tos are read, nouns in -tu are not", arguments: [
        ("varētu", true), ("būtu", true), ("izveidotu", true), ("gribētos", true), ("vajadzētu", true),
        ("vietu", false), ("rezultātu", false), ("projektu", false), ("sētu", false), ("lietu", false),
    ])
    func conditional(word: String, isConditional: Bool) throws {
        #expect(try reading(word).contains(.conditional) == isConditional)
    }

    @Test("the future tense and the debitive are plans; a numeral is not a future", arguments: [
        ("izveidosim", VerbReading.future), ("būs", .future), ("notiks", .future), ("tiks", .future), ("jāizveido", .debitive),
    ])
    func plans(word: String, expected: VerbReading) throws {
        #expect(try reading(word).contains(expected))
    }

    @Test("a participle's tags are not a tense: 'piedalījušies' and 'apvienojušies' are no futures", arguments: ["piedalījušies", "apvienojušies"])
    func participleIsNoFuture(word: String) throws {
        #expect(try !reading(word).contains(.future))
    }

    @Test("'trīs' is three before it is 'will rub'")
    func numeral() throws {
        #expect(try !reading("trīs").contains(.future))
    }

    @Test("first person plural in present, past, future and reflexive forms", arguments: ["rīkojam", "izveidojām", "izveidosim", "sadarbojamies", "esam"])
    func firstPersonPlural(word: String) throws {
        #expect(try reading(word).contains(.firstPersonPlural))
    }

    @Test("the same word asked twice reads the same, from memory")
    func remembered() throws {
        let readings = try VerbForms().readings(of: ["varētu", "varētu", "vietu"])
        #expect(readings.count == 3)
        #expect(readings[0].contains(.conditional) && readings[1] == readings[0])
        #expect(!readings[2].contains(.conditional))
    }
}
