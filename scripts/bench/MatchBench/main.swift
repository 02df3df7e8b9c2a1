// Measures matching alone: tokenising, looking up and phrase-matching extracted text against a
// lexicon, on one core. Built only when LIECIBA_BENCHMARKS=1 (see scripts/bench-match.sh).
import Foundation
import LatvianLanguage
import Lexicon

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    print("usage: MatchBench LEXICON.yaml TEXT-FILE [REPEAT]")
    exit(64)
}
let loaded = try LexiconLoader().load(URL(fileURLWithPath: arguments[1]))
let text = try String(contentsOfFile: arguments[2], encoding: .utf8)
let repeats = arguments.count > 3 ? Int(arguments[3]) ?? 3 : 3
let paragraphs = text.split(separator: "\n").map(String.init)
let bytes = text.utf8.count

var best = Double.infinity
var matches = 0
for _ in 0..<repeats {
    let start = DispatchTime.now()
    var found = 0
    for paragraph in paragraphs {
        found += loaded.matcher.scan(paragraph).matches.count
    }
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    best = min(best, seconds)
    matches = found
}
let megabytes = Double(bytes) / 1_000_000
print(String(format: "matching: %.1f MB in %.3f s = %.1f MB/s on one core (%d matches, best of %d)", megabytes, best, megabytes / best, matches, repeats))
