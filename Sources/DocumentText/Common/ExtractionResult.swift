public import DocumentModel
import UTF8Text

/// The text of one document, and what got in the way of reading all of it.
public struct ExtractionResult: Sendable, Hashable {
    public var blocks: [TextBlock]
    /// Set when the document could only be read in part (broken XML, a missing part); the blocks
    /// hold what came before the damage.
    public var problem: ExtractionProblem?

    public init(blocks: [TextBlock], problem: ExtractionProblem? = nil) {
        self.blocks = blocks
        self.problem = problem
    }

    public var characters: Int { blocks.reduce(0) { $0 + $1.text.characterCount } }
}

/// Why a document could not be read in full.
public struct ExtractionProblem: Sendable, Hashable, Error, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable {
        /// An XML part breaks off or is not well-formed.
        case malformedXML
        /// The package lacks its main part (no `word/document.xml`, no `content.xml`).
        case missingPart
        /// Not the format its name claims.
        case notThisFormat
        /// Password-protected.
        case encrypted
        /// Reading stopped at a limit (see ``limit``); the text before it is kept.
        case limitReached
        /// A part carries what documents never do and attacks need (a DTD, an exotic character
        /// encoding): it was not read.
        case refused
    }

    public var kind: Kind
    /// The package part concerned, such as `word/document.xml`.
    public var part: String?
    public var line: Int?
    public var message: String
    /// The limit reading stopped at, for ``Kind/limitReached``.
    public var limit: LimitHit?

    public init(kind: Kind, part: String? = nil, line: Int? = nil, message: String, limit: LimitHit? = nil) {
        self.kind = kind
        self.part = part
        self.line = line
        self.message = message
        self.limit = limit
    }

    /// The problem an XML part had, as a problem of the document.
    init(_ problem: XMLProblem, part: String?) {
        switch problem.kind {
        case .malformed:
            self.init(kind: .malformedXML, part: part, line: problem.line, message: problem.message)
        case .limit(let hit):
            self.init(kind: .limitReached, part: part, line: problem.line, message: problem.message, limit: hit)
        case .refused:
            self.init(kind: .refused, part: part, line: problem.line, message: problem.message)
        }
    }

    /// Whether reading the document must stop here, rather than go on with its other parts.
    public var stopsReading: Bool { kind == .limitReached || kind == .refused }

    public var description: String {
        var text = message
        if let part { text = "\(part): " + text }
        if let line, line > 0 { text += " (line \(line))" }
        return text
    }
}
