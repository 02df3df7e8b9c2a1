internal import CLibXML2
import DocumentModel

/// A forward-only cursor over an XML document held in memory: libxml2's `xmlTextReader`.
///
/// Document parts are read as a stream, never as a tree, so a 50 MB `document.xml` costs the
/// size of its text, not of its DOM. Scoped: the reader lives only inside ``read(_:_:)``, which
/// also keeps the bytes it points into alive.
struct XMLStreamReader: ~Copyable {
    enum NodeKind {
        case element
        case endElement
        case text
        case whitespace
        case other
    }

    private let reader: OpaquePointer
    private let problems: XMLProblemSink
    /// Namespace URIs are interned by the reader, so their pointers identify them.
    private var namespaces: [UnsafePointer<xmlChar>: String] = [:]

    private init(reader: OpaquePointer, problems: XMLProblemSink) {
        self.reader = reader
        self.problems = problems
    }

    deinit { xmlFreeTextReader(reader) }

    /// Runs `body` with a reader over `bytes`.
    ///
    /// The bytes are first checked against `limits` (see ``XMLPrescan``); libxml2 sees only the
    /// part within them, and the limit becomes the problem reported.
    /// - Returns: what `body` returns, and the first problem if the document breaks off or hits a
    ///   limit (the caller keeps what it read before it).
    /// - Throws: when nothing can be read at all: libxml2 cannot start, the part is empty, or it
    ///   is refused (a DTD, an unknown encoding) or over a limit from its first element.
    static func read<Result>(
        _ bytes: [UInt8],
        limits: MarkupLimits = MarkupLimits(),
        allowsDocumentType: Bool = false,
        _ body: (inout XMLStreamReader) -> Result
    ) throws(XMLProblem) -> (result: Result, problem: XMLProblem?) {
        LibXML2.initialise()
        guard !bytes.isEmpty else { throw XMLProblem(line: 0, message: "the part is empty") }
        let sink = XMLProblemSink()
        let outcome: Swift.Result<(result: Result, problem: XMLProblem?), XMLProblem> = withExtendedLifetime(sink) {
            bytes.withUnsafeBufferPointer { buffer in
                let verdict = XMLPrescan.scan(buffer, limits: limits, allowsDocumentType: allowsDocumentType)
                if let stop = verdict.stop, verdict.end == 0 { return .failure(stop) }
                // NONET: a document never reaches out. No NOENT (entities are not substituted, so
                // an entity bomb stays unexpanded), no DTDLOAD/DTDATTR/DTDVALID (no external DTD or
                // entity is ever loaded; the entity loader refuses them anyway), no XINCLUDE, and
                // no HUGE: libxml2 keeps its own bounds on depth and text.
                let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue)
                guard
                    let base = buffer.baseAddress.map({ UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }),
                    let handle = xmlReaderForMemory(base, Int32(clamping: verdict.end), nil, nil, options)
                else {
                    return .failure(XMLProblem(line: 0, message: "the XML parser could not start"))
                }
                xmlTextReaderSetStructuredErrorHandler(handle, XMLProblemSink.callback, Unmanaged.passUnretained(sink).toOpaque())
                var reader = XMLStreamReader(reader: handle, problems: sink)
                let result = body(&reader)
                var problem = sink.firstFatal.map(Self.ownLimit)
                // libxml2 reports the cut as an early end, on the line of the cut or later; an
                // error earlier on is the document's own.
                if let stop = verdict.stop, (problem?.line ?? .max) >= stop.line {
                    problem = stop
                }
                return .success((result, problem))
            }
        }
        return try outcome.get()
    }

    /// libxml2's own bounds, reported as the limits they are.
    private static func ownLimit(_ problem: XMLProblem) -> XMLProblem {
        var problem = problem
        if problem.message.contains("Excessive depth in document") {
            problem.kind = .limit(LimitHit(.xmlDepth, MarkupLimits.libxml2MaxDepth))
        } else if problem.message.contains("huge text node") {
            problem.kind = .limit(LimitHit(.xmlTextBytes, MarkupLimits.libxml2MaxTextBytes))
        }
        return problem
    }

    /// Moves to the next node in document order. Returns `false` at the end or at an error.
    mutating func next() -> Bool {
        xmlTextReaderRead(reader) == 1
    }

    /// Moves past the current element's subtree to whatever follows it.
    mutating func skipSubtree() -> Bool {
        xmlTextReaderNext(reader) == 1
    }

    var kind: NodeKind {
        switch xmlReaderTypes(rawValue: UInt32(clamping: xmlTextReaderNodeType(reader))) {
        case XML_READER_TYPE_ELEMENT: .element
        case XML_READER_TYPE_END_ELEMENT: .endElement
        case XML_READER_TYPE_TEXT, XML_READER_TYPE_CDATA: .text
        case XML_READER_TYPE_WHITESPACE, XML_READER_TYPE_SIGNIFICANT_WHITESPACE: .whitespace
        default: .other
        }
    }

    var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    var namespace: String {
        mutating get {
            guard let pointer = xmlTextReaderConstNamespaceUri(reader) else { return "" }
            if let known = namespaces[pointer] { return known }
            let uri = String(cString: pointer)
            namespaces[pointer] = uri
            return uri
        }
    }

    /// The text of a text, CDATA or whitespace node.
    var value: String {
        xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? ""
    }

    /// The value of an attribute of the current element, by local name and namespace URI
    /// (`nil` namespace for unprefixed attributes).
    func attribute(_ localName: String, namespace: String?) -> String? {
        let pointer: UnsafeMutablePointer<xmlChar>?
        if let namespace {
            pointer = xmlTextReaderGetAttributeNs(reader, localName, namespace)
        } else {
            pointer = xmlTextReaderGetAttribute(reader, localName)
        }
        guard let pointer else { return nil }
        defer { lieciba_xml_free(pointer) }
        return String(cString: pointer)
    }

    /// The depth of the current node; the document element is 0.
    var depth: Int { Int(xmlTextReaderDepth(reader)) }
}

/// Where and why reading an XML document stopped.
struct XMLProblem: Sendable, Hashable, Error {
    enum Kind: Sendable, Hashable {
        /// The document stops being well-formed.
        case malformed
        /// The document goes beyond a limit.
        case limit(LimitHit)
        /// The document carries what documents never do and attacks need (a DTD).
        case refused
    }

    var line: Int
    var message: String
    var kind: Kind = .malformed
}

/// Collects libxml2's structured errors. A class so that the C callback can reach it through an
/// unretained pointer; it lives for exactly one ``XMLStreamReader/read(_:_:)`` call.
final class XMLProblemSink {
    private(set) var firstFatal: XMLProblem?

    static let callback: xmlStructuredErrorFunc = { context, error in
        guard let context, let error else { return }
        let sink = Unmanaged<XMLProblemSink>.fromOpaque(context).takeUnretainedValue()
        guard sink.firstFatal == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
        sink.firstFatal = XMLProblem(
            line: Int(error.pointee.line),
            message: message.trimmingWhitespace()
        )
    }
}

/// libxml2's one-time global set-up.
enum LibXML2 {
    private static let initialised: Void = {
        xmlInitParser()
        // No document is ever allowed to pull in a file or a URL: not an external DTD, not an
        // external entity. The parser options already never ask for them; this is the backstop.
        xmlSetExternalEntityLoader { _, _, _ in nil }
    }()

    /// Call before any libxml2 use; cheap after the first call.
    static func initialise() { _ = initialised }
}
