import DocumentModel

/// Extracts the text of an OpenDocument text: a packaged `.odt`/`.ott`, or a flat `.fodt`.
///
/// The body comes first, then headers and footers from the master pages; notes, comments and
/// text boxes follow the paragraph that anchors them. Tracked deletions are not read.
public enum ODTExtractor {
    /// Whether the package part at `path` is needed for text: the body, styles and manifest, and
    /// the `content.xml` of embedded objects (`Object 1/content.xml`), where formulas keep their
    /// text. Pictures and object replacement images are never wanted.
    public static func wantsPart(_ path: String) -> Bool {
        let normalised = PackageParts.normalise(path)
        if ["content.xml", "styles.xml", "mimetype", "meta-inf/manifest.xml"].contains(normalised) { return true }
        return objectFolder(ofContentPart: normalised) != nil
    }

    /// `object 1` for `object 1/content.xml`: an embedded object's own content part, one level
    /// below the package root.
    private static func objectFolder(ofContentPart path: String) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count == 2, segments[1] == "content.xml", !segments[0].isEmpty else { return nil }
        return String(segments[0])
    }

    /// The text of the package's embedded formulas, by object folder (normalised).
    private static func formulas(in parts: PackageParts, limits: MarkupLimits) -> [String: String] {
        var formulas: [String: String] = [:]
        for path in parts.paths {
            guard let folder = objectFolder(ofContentPart: path), let bytes = parts[path],
                let text = ODFFormula.text(of: bytes, limits: limits)
            else { continue }
            formulas[folder] = text
        }
        return formulas
    }

    /// Reads a packaged ODT from its parts.
    public static func extract(_ parts: PackageParts, limits: MarkupLimits = MarkupLimits()) -> ExtractionResult {
        if let manifest = parts["META-INF/manifest.xml"], manifest.containsASCII("encryption-data") {
            return ExtractionResult(
                blocks: [],
                problem: ExtractionProblem(kind: .encrypted, part: "content.xml", message: "the document is password-protected")
            )
        }
        if let mimetype = parts["mimetype"].map({ String(decoding: $0, as: UTF8.self) }),
            mimetype.hasPrefix("application/vnd.oasis.opendocument."), !mimetype.contains("opendocument.text")
        {
            return ExtractionResult(
                blocks: [],
                problem: ExtractionProblem(kind: .notThisFormat, message: "an OpenDocument file, but not a text document (\(mimetype))")
            )
        }
        guard let content = parts["content.xml"] else {
            return ExtractionResult(
                blocks: [],
                problem: ExtractionProblem(kind: .missingPart, part: "content.xml", message: "the package has no content.xml")
            )
        }
        var assembler = BlockAssembler(maxTextBytes: limits.maxDocumentTextBytes)
        var problem = ODFTextWalker.walk(content, region: .body, formulas: formulas(in: parts, limits: limits), limits: limits, into: &assembler)
            .map { ExtractionProblem($0, part: "content.xml") }
        assembler.finishOpenContent()
        if problem?.stopsReading != true, let limit = assembler.textLimitProblem(limits) { problem = limit }
        // A limit or a refusal stops the document; damage in the body does not keep the headers out.
        if problem?.stopsReading != true, let styles = parts["styles.xml"],
            let stylesProblem = ODFTextWalker.walk(styles, region: .masterPages, limits: limits, into: &assembler)
        {
            let stylesProblem = ExtractionProblem(stylesProblem, part: "styles.xml")
            if problem == nil || stylesProblem.stopsReading { problem = stylesProblem }
        }
        return ExtractionResult(blocks: assembler.finish(), problem: problem)
    }

    /// Reads a flat OpenDocument file (`.fodt`), one XML document holding styles and body.
    public static func extractFlat(_ bytes: [UInt8], limits: MarkupLimits = MarkupLimits()) -> ExtractionResult {
        var assembler = BlockAssembler(maxTextBytes: limits.maxDocumentTextBytes)
        var problem = ODFTextWalker.walk(bytes, region: .body, limits: limits, into: &assembler).map { ExtractionProblem($0, part: nil) }
        assembler.finishOpenContent()
        if problem?.stopsReading != true, let limit = assembler.textLimitProblem(limits) { problem = limit }
        if problem?.stopsReading != true {
            _ = ODFTextWalker.walk(bytes, region: .masterPages, limits: limits, into: &assembler)
        }
        return ExtractionResult(blocks: assembler.finish(), problem: problem)
    }
}

extension Array<UInt8> {
    /// Whether the bytes contain `needle` (ASCII).
    func containsASCII(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, count >= pattern.count else { return false }
        var index = 0
        while index <= count - pattern.count {
            if self[index] == pattern[0], self[index..<(index + pattern.count)].elementsEqual(pattern) { return true }
            index += 1
        }
        return false
    }
}
