import ArgumentParser
import Foundation
import LatvianMorphology
import Lexicon

struct LexiconCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Build and inspect lexicons.",
        subcommands: [Build.self, Stats.self]
    )

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Expand a lexicon into every word form (Hunspell) and write its review report.",
            discussion: """
                Writes NAME.forms.json (the compiled form table a scan uses) and NAME.review.md \
                (entries unknown to the dictionary, homographs, forms shared between indicators, \
                forms unsafe without diacritics) next to NAME.yaml. Needs the Debian packages \
                hunspell-lv and hunspell-tools.
                """
        )

        @Argument(help: "The lexicon YAML file.")
        var file: String

        func run() throws {
            let url = URL(fileURLWithPath: file)
            let source: LexiconSource
            do {
                source = try LexiconSource(url: url)
            } catch {
                throw ValidationError(error.description)
            }
            let forms = try LexiconCompiler(expander: ParadigmExpander()).compile(source)
            let formsURL = LexiconLoader.siblingFormsURL(of: url)
            try forms.write(to: formsURL)
            let reviewURL = formsURL.deletingLastPathComponent()
                .appendingPathComponent(url.deletingPathExtension().lastPathComponent + ".review.md")
            try LexiconReview.markdown(source, forms).write(to: reviewURL, atomically: false, encoding: .utf8)
            let formCount = forms.paradigms.values.reduce(0) { $0 + $1.forms.count }
            let unknown = forms.paradigms.values.filter { $0.source == .suffixTable }.count
            print("\(forms.paradigms.count) headwords, \(formCount) forms, \(unknown) unknown to the dictionary.")
            print("Forms: \(formsURL.path)\nReview: \(reviewURL.path)")
        }
    }
}
