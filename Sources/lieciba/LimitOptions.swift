import ArgumentParser
import DocumentModel
import SubmissionReading

/// `--limit NAME=VALUE`, repeatable: the bounds that keep a hostile or oversized submission from
/// exhausting memory or time (see `ReadingLimits`). Sizes take `KiB`, `MiB` or `GiB`; the ratio
/// may be written `200` or `200:1`.
struct LimitOptions: ParsableArguments {
    @Option(
        name: .customLong("limit"),
        help: ArgumentHelp(
            "Change a reading limit, e.g. --limit entry-bytes=256MiB (repeatable).",
            discussion: LimitOptions.discussion,
            valueName: "name=value"
        )
    )
    var limits: [String] = []

    func validate() throws {
        _ = try readingLimits()
    }

    /// The default limits with every `--limit` applied.
    func readingLimits() throws -> ReadingLimits {
        var result = ReadingLimits()
        var seen: Set<LimitName> = []
        for setting in limits {
            let (name, value) = try Self.parse(setting)
            guard seen.insert(name).inserted else {
                throw ValidationError("--limit \(name.rawValue) is given more than once.")
            }
            result[name] = value
        }
        return result
    }

    /// `NAME=VALUE` as a limit and its value, within the limit's allowed range.
    static func parse(_ setting: String) throws -> (LimitName, Int) {
        guard let equals = setting.firstIndex(of: "=") else {
            throw ValidationError("--limit takes NAME=VALUE, such as entry-bytes=256MiB; got '\(setting)'. \(validNames)")
        }
        let key = setting[..<equals].trimmingSpaces().lowercased()
        guard let name = LimitName(rawValue: key) else {
            throw ValidationError("Unknown limit '\(key)'. \(validNames)")
        }
        let text = String(setting[setting.index(after: equals)...]).trimmingSpaces()
        guard let value = parseValue(text, for: name) else {
            let form = name.countsBytes ? "a number of bytes, optionally with KiB, MiB or GiB (e.g. 256MiB)"
                : name == .ratio ? "a whole number such as 200 (or 200:1)" : "a whole number"
            throw ValidationError("--limit \(name.rawValue)=\(text): the value must be \(form).")
        }
        let range = ReadingLimits.allowedRange(of: name)
        guard range.contains(value) else {
            throw ValidationError(
                "--limit \(name.rawValue)=\(text) is out of range: it must be between \(render(range.lowerBound, for: name)) and \(render(range.upperBound, for: name))."
            )
        }
        return (name, value)
    }

    /// A value with an optional binary-unit suffix (sizes only), or `N:1` for the ratio.
    static func parseValue(_ text: String, for name: LimitName) -> Int? {
        var number = Substring(text)
        var multiplier = 1
        if name == .ratio, number.hasSuffix(":1") {
            number = number.dropLast(2)
        }
        if name.countsBytes {
            let units: [(suffix: String, shift: Int)] = [("kib", 10), ("mib", 20), ("gib", 30), ("b", 0)]
            let lowered = number.lowercased()
            if let unit = units.first(where: { lowered.hasSuffix($0.suffix) }) {
                number = number.dropLast(unit.suffix.count)
                multiplier = 1 << unit.shift
            }
        }
        let digits = number.trimmingSpaces()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigitOrUnderscore), let value = Int(digits.filter { $0 != "_" }) else {
            return nil
        }
        let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
        return overflow ? nil : product
    }

    private static func render(_ value: Int, for name: LimitName) -> String {
        name.countsBytes ? LimitHit.bytes(value) : "\(value)"
    }

    static var validNames: String {
        "Valid names: " + LimitName.allCases.map(\.rawValue).joined(separator: ", ") + "."
    }

    static var discussion: String {
        let defaults = ReadingLimits()
        let lines = LimitName.allCases.map { name in
            let value = defaults.hit(name).formattedValue
            return "  \(name.rawValue)\(String(repeating: " ", count: max(1, Self.nameColumn - name.rawValue.count)))"
                + "\(value)\(String(repeating: " ", count: max(1, 11 - value.count)))\(meaning(name))"
        }
        return "Limits and their defaults:\n" + lines.joined(separator: "\n")
            + "\nA limit that is hit stops reading that file (or the rest of the submission), keeps the text read before it, and is reported with its name."
    }

    /// The width of the names' column: the longest name and a space. With the values' column
    /// and a meaning of at most ``longestMeaning`` characters, a line fits the 80 columns the
    /// help is wrapped to, 8 of them indentation, and is never broken.
    private static let nameColumn = (LimitName.allCases.map(\.rawValue.count).max() ?? 17) + 1
    static let longestMeaning = 80 - 8 - 2 - 19 - 11

    static func meaning(_ name: LimitName) -> String {
        switch name {
        case .entryBytes: "one document read into memory"
        case .archiveBytes: "one archive inside a submission"
        case .partBytes: "one XML part of a DOCX/ODT, inflated"
        case .packageBytes: "all text parts of one DOCX/ODT"
        case .submissionBytes: "all inflated for one submission"
        case .textBytes: "text of one submission's documents"
        case .ratio: "inflation of an entry past 8 MiB"
        case .entries: "entries read from one archive"
        case .submissionEntries: "entries of a submission's archives"
        case .depth: "archives inside archives"
        case .pathLength: "bytes of one entry's name"
        case .xmlDepth: "nested elements of an XML part (≤ 256)"
        case .xmlAttributes: "attributes on one XML or HTML element"
        case .xmlTextBytes: "one XML text node (≤ 10000000 bytes)"
        case .htmlBytes: "one HTML page parsed"
        case .judgedMatches: "lexicon matches judged per submission"
        }
    }
}

extension StringProtocol {
    fileprivate func trimmingSpaces() -> String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}

extension Character {
    fileprivate var isASCIIDigitOrUnderscore: Bool {
        ("0"..."9").contains(self) || self == "_"
    }
}
