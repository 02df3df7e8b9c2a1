import Decisions
import Lexicon
import DocumentModel
import Foundation

extension SubmissionEntry {
    /// The entry as compact JSON — byte for byte what `JSONEncoder` writes with sorted keys and
    /// unescaped slashes (a test holds them equal). The indicators, nearly all of the bytes, are
    /// written by ``CompactJSON``; the small inventory values go through `JSONEncoder`.
    func compactJSON() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func encoded<Value: Encodable>(_ value: Value) throws -> [UInt8] { Array(try encoder.encode(value)) }
        let container = try encoded(container)
        let criteria = try criteria.map(encoded)
        let files = try encoded(files)
        let summary = try encoded(summary)
        let resourceTypes = try resourceTypes.map(encoded)
        let applicant = try applicant.map(encoded)

        var json = CompactJSON(reservingCapacity: 64 * 1024)
        // Members in sorted key order, as `SubmissionEntry`'s coding keys sort.
        json.object { members in
            members.member("applicant", ifPresent: applicant) { $0.raw($1) }
            members.member("container") { $0.raw(container) }
            members.member("criteria", ifPresent: criteria) { $0.raw($1) }
            members.member("files") { $0.raw(files) }
            members.member("id") { $0.string(id) }
            members.member("indicators", ifPresent: indicators) { json, indicators in
                json.object(indicators) { $0.write($1) }
            }
            members.member("inputSHA256", ifPresent: inputSHA256) { $0.string($1) }
            members.member("resourceTypes", ifPresent: resourceTypes) { $0.raw($1) }
            members.member("source") { $0.string(source) }
            members.member("summary") { $0.raw(summary) }
        }
        return json.bytes
    }
}

extension CompactJSON {
    fileprivate mutating func write(_ result: IndicatorResult) {
        object { members in
            members.member("counts") { json in
                let counts = result.counts
                json.object { members in
                    members.member("documents") { $0.int(counts.documents) }
                    members.member("inPassing") { $0.int(counts.inPassing) }
                    members.member("labelsOnly") { $0.int(counts.labelsOnly) }
                    members.member("negated") { $0.int(counts.negated) }
                    members.member("notApplicant") { $0.int(counts.notApplicant) }
                    members.member("passages") { $0.int(counts.passages) }
                    members.member("planned") { $0.int(counts.planned) }
                    members.member("strongPassages") { $0.int(counts.strongPassages) }
                    members.member("unreadableFiles") { $0.int(counts.unreadableFiles) }
                }
            }
            members.member("evidence") { $0.array(result.evidence) { $0.write($1) } }
            members.member("evidenceOmitted", ifPresent: result.evidenceOmitted) { $0.int($1) }
            members.member("explanation") { $0.string(result.explanation) }
            members.member("hits", ifPresent: result.hits) { json, hits in
                json.object(hits) { json, hit in
                    json.object { members in
                        members.member("counted") { $0.int(hit.counted) }
                        members.member("notCounted") { $0.int(hit.notCounted) }
                    }
                }
            }
            members.member("shownApart", ifPresent: result.shownApart) { json, ids in json.array(ids) { $0.string($1) } }
            members.member("status") { $0.string(result.status.rawValue) }
            members.member("unverifiable", ifPresent: result.unverifiable) { json, unverifiable in
                json.object { members in
                    members.member("files") { $0.array(unverifiable.files) { $0.string($1) } }
                }
            }
        }
    }

    private mutating func write(_ evidence: Evidence) {
        object { members in
            members.member("answersHeading", ifPresent: evidence.answersHeading) { $0.string($1) }
            members.member("cell", ifPresent: evidence.cell) { json, cell in
                json.object { members in
                    members.member("column") { $0.int(cell.column) }
                    members.member("row") { $0.int(cell.row) }
                    members.member("table") { $0.int(cell.table) }
                }
            }
            members.member("claim", ifPresent: evidence.claim) { json, claim in
                json.object { members in
                    members.member("cue", ifPresent: claim.cue) { $0.string($1) }
                    members.member("register") { $0.string(claim.register.rawValue) }
                    members.member("speaker") { $0.string(claim.speaker.rawValue) }
                }
            }
            members.member("context") { json in
                json.object { members in
                    members.member("after") { $0.string(evidence.context.after) }
                    members.member("before") { $0.string(evidence.context.before) }
                }
            }
            members.member("counted") { $0.bool(evidence.counted) }
            members.member("file") { $0.string(evidence.file) }
            members.member("headingPath") { $0.array(evidence.headingPath) { $0.string($1) } }
            members.member("matches") { $0.array(evidence.matches) { $0.write($1) } }
            members.member("negated") { $0.bool(evidence.negated) }
            members.member("notCountedBecause", ifPresent: evidence.notCountedBecause) { $0.string($1) }
            members.member("ordinal") { $0.int(evidence.ordinal) }
            members.member("part") { $0.string(evidence.part.rawValue) }
            members.member("strength") { $0.string(evidence.strength) }
            members.member("text") { $0.string(evidence.text) }
        }
    }

    private mutating func write(_ match: MatchedTerm) {
        object { members in
            members.member("byInstitution", ifPresent: match.byInstitution) { $0.bool($1) }
            members.member("end") { $0.int(match.end) }
            members.member("folded", ifPresent: match.folded) { $0.bool($1) }
            members.member("inExample", ifPresent: match.inExample) { $0.bool($1) }
            members.member("lemma") { $0.string(match.lemma) }
            members.member("mode", ifPresent: match.mode) { $0.string($1.rawValue) }
            members.member("negated") { $0.bool(match.negated) }
            members.member("start") { $0.int(match.start) }
            members.member("strength") { $0.string(match.strength) }
            members.member("term") { $0.string(match.term) }
        }
    }
}
