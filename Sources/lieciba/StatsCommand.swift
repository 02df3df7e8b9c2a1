import ArgumentParser
import Foundation
import Lexicon

extension LexiconCommand {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List, for a scanned round, hits per lexicon entry and the entries that never matched.",
            discussion: "Staff use it to tune a lexicon: entries that never match may be missing forms; entries that match everywhere may be too generic."
        )

        @Argument(help: "The output folder of a scan (holding evidence-map.json).")
        var directory: String

        @OptionGroup var lexicon: LexiconOption

        func run() throws {
            let mapURL = URL(fileURLWithPath: directory).appendingPathComponent("evidence-map.json")
            let map = try JSONFile.decode(HitsMap.self, from: mapURL.path, what: "evidence map")
            var hits: [String: (counted: Int, notCounted: Int, submissions: Set<String>)] = [:]
            for submission in map.submissions {
                for (indicator, result) in submission.indicators ?? [:] {
                    for (term, counts) in result.termHits {
                        let key = "\(indicator)\t\(term)"
                        var entry = hits[key] ?? (0, 0, [])
                        entry.counted += counts.counted
                        entry.notCounted += counts.notCounted
                        entry.submissions.insert(submission.id)
                        hits[key] = entry
                    }
                }
            }
            print("indicator\tentry\thits\tnot counted\tsubmissions")
            for (key, entry) in hits.sorted(by: { $0.value.counted != $1.value.counted ? $0.value.counted > $1.value.counted : $0.key < $1.key }) {
                print("\(key)\t\(entry.counted)\t\(entry.notCounted)\t\(entry.submissions.count)")
            }
            let loaded = try lexicon.load()
            let never = loaded.source.file.indicators.flatMap { indicator in
                indicator.terms.filter { hits["\(indicator.id)\t\($0.text)"] == nil }.map { "\(indicator.id)\t\($0.text)" }
            }
            print("\nEntries that never matched (\(never.count)):")
            for entry in never { print(entry) }
        }
    }
}

private struct HitsMap: Decodable {
    struct Submission: Decodable {
        struct Result: Decodable {
            struct Evidence: Decodable {
                struct Match: Decodable {
                    var term: String
                    var negated: Bool
                }

                var counted: Bool
                var matches: [Match]
            }

            struct Hits: Decodable {
                var counted: Int
                var notCounted: Int
            }

            var evidence: [Evidence]
            var hits: [String: Hits]?

            /// Per entry, its matches: the recorded tally, or (in maps written before tallies
            /// were recorded, which listed every passage) a count over the passages.
            var termHits: [String: Hits] {
                if let hits { return hits }
                var tally: [String: Hits] = [:]
                for evidence in evidence {
                    for match in evidence.matches {
                        var entry = tally[match.term] ?? Hits(counted: 0, notCounted: 0)
                        if evidence.counted && !match.negated { entry.counted += 1 } else { entry.notCounted += 1 }
                        tally[match.term] = entry
                    }
                }
                return tally
            }
        }

        var id: String
        var indicators: [String: Result]?
    }

    var submissions: [Submission]
}
