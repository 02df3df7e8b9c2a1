import DocumentModel
import UTF8Text

/// Extracts the text of a WordprocessingML package (`.docx`, `.docm`, `.dotx`, `.dotm`).
///
/// Reading order: the body, then headers, footers, footnotes, endnotes and comments, each block
/// naming its part. Parts are found through the package's relationships, as Word does, so a
/// package whose main part is not `word/document.xml` reads the same.
public enum DOCXExtractor {
    /// Whether the package part at `path` is needed for text: XML and relationship parts, never
    /// media, embedded objects or fonts.
    public static func wantsPart(_ path: String) -> Bool {
        let lowered = PackageParts.normalise(path)
        guard lowered.hasSuffix(".xml") || lowered.hasSuffix(".rels") else { return false }
        let ignoredFolders = ["media/", "embeddings/", "fonts/", "customxml/", "glossary/", "theme/", "docprops/"]
        return !ignoredFolders.contains { lowered.containsUTF8($0) }
    }

    public static func extract(_ parts: PackageParts, limits: MarkupLimits = MarkupLimits()) -> ExtractionResult {
        let packageRelationships = Relationships(of: "", in: parts, limits: limits)
        let mainPath = packageRelationships.targets(ofType: "officeDocument").first { parts[$0] != nil }
            ?? (parts["word/document.xml"] != nil ? "word/document.xml" : nil)
        guard let mainPath, let main = parts[mainPath] else {
            return ExtractionResult(
                blocks: [],
                problem: ExtractionProblem(kind: .missingPart, part: "word/document.xml", message: "the package has no main document part")
            )
        }
        let relationships = Relationships(of: mainPath, in: parts, limits: limits)
        let styles = relationships.targets(ofType: "styles").first.flatMap { parts[$0] }.map { WordStyles(bytes: $0, limits: limits) }
            ?? WordStyles()

        var assembler = BlockAssembler(maxTextBytes: limits.maxDocumentTextBytes)
        var firstProblem: ExtractionProblem?
        /// Reads one part; `false` once a limit or a refusal stops the whole document.
        func read(_ path: String, as part: DocumentPart, bytes: [UInt8]) -> Bool {
            if part != .body { assembler.beginPart(part) }
            let problem = WordPartWalker.walk(bytes, styles: styles, limits: limits, into: &assembler)
                .map { ExtractionProblem($0, part: path) }
            assembler.finishOpenContent()
            if part != .body { assembler.endPart() }
            guard let problem = problem ?? assembler.textLimitProblem(limits) else { return true }
            // A limit or a refusal outranks damage found earlier: it is why reading stopped.
            if firstProblem == nil || problem.stopsReading { firstProblem = problem }
            return !problem.stopsReading
        }

        if read(mainPath, as: .body, bytes: main) {
            let secondary: [(type: String, part: DocumentPart)] = [
                ("header", .header), ("footer", .footer), ("footnotes", .footnote), ("endnotes", .endnote), ("comments", .comment),
            ]
            parts: for (type, part) in secondary {
                // A part once, however its target is spelled: parts are looked up case-blind.
                for path in Set(relationships.targets(ofType: type).map(PackageParts.normalise)).sorted() {
                    guard let bytes = parts[path] else { continue }
                    if !read(path, as: part, bytes: bytes) { break parts }
                }
            }
        }
        return ExtractionResult(blocks: assembler.finish(), problem: firstProblem)
    }
}
