internal import CLibXML2
import DocumentModel

/// Receives an XML document's events as libxml2's SAX2 parser reads them.
protocol XMLEventHandler: AnyObject {
    func startElement(_ name: XMLName, attributes: XMLAttributes)
    func endElement(_ name: XMLName)
    /// Text, in one or more pieces per run of text: entity references and libxml2's buffering
    /// split it. Always whole UTF-8 characters.
    func characters(_ text: UnsafeBufferPointer<UInt8>)
}

/// An element's local name and namespace URI (empty for none).
struct XMLName {
    var localName: String
    var namespace: String
    /// Numbers for the two strings within one parse: equal numbers are equal strings, so a
    /// handler can remember what it made of a name under them instead of comparing strings
    /// for every element.
    var localNumber: Int
    var namespaceNumber: Int
}

/// The attributes of the element being started, read in place from the parser's own array.
/// Valid only during ``XMLEventHandler/startElement(_:attributes:)``.
struct XMLAttributes {
    /// libxml2's SAX2 layout: five pointers per attribute — local name, prefix, namespace URI,
    /// value start, value end.
    fileprivate let fields: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    fileprivate let count: Int

    /// The value of the attribute with `localName` in `namespace` (`nil` for an unprefixed
    /// attribute), if the element has it.
    func value(_ localName: String, namespace: String?) -> String? {
        guard let fields else { return nil }
        for index in 0..<count {
            let field = fields + index * 5
            guard let name = field[0], LibXML2.equals(name, localName) else { continue }
            if let namespace {
                guard let uri = field[2], LibXML2.equals(uri, namespace) else { continue }
            } else if field[2] != nil {
                continue
            }
            guard let start = field[3], let end = field[4] else { return "" }
            return Self.decoded(UnsafeBufferPointer(start: start, count: end - start))
        }
        return nil
    }

    /// Without entity substitution, libxml2 hands a literal `&` on as `&#38;`; every other
    /// reference is already replaced.
    private static func decoded(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let value = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(0x26) ? value.replacing("&#38;", with: "&") : value
    }
}

/// Parses an XML document held in memory with libxml2's SAX2 parser, pushing its events to a
/// handler: no tree, and no reader's node per element, is ever built.
enum XMLEventParser {
    /// Parses `bytes`, after checking them against `limits` (see ``XMLPrescan``); libxml2 sees
    /// only the part within them, and the limit becomes the problem reported.
    /// - Returns: the first problem, if the document breaks off or hits a limit; the events
    ///   before it have been delivered.
    /// - Throws: when nothing can be read at all: libxml2 cannot start, the part is empty, or it
    ///   is refused (a DTD, an unknown encoding) or over a limit from its first element.
    static func parse(
        _ bytes: [UInt8],
        limits: MarkupLimits = MarkupLimits(),
        allowsDocumentType: Bool = false,
        into handler: some XMLEventHandler
    ) throws(XMLProblem) -> XMLProblem? {
        LibXML2.initialise()
        guard !bytes.isEmpty else { throw XMLProblem(line: 0, message: "the part is empty") }
        let session = ParseSession(handler: handler)
        let outcome: Result<XMLProblem?, XMLProblem> = withExtendedLifetime(session) {
            bytes.withUnsafeBufferPointer { buffer in
                let verdict = XMLPrescan.scan(buffer, limits: limits, allowsDocumentType: allowsDocumentType)
                if let stop = verdict.stop, verdict.end == 0 { return .failure(stop) }
                guard let base = buffer.baseAddress.map({ UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }) else {
                    return .failure(XMLProblem(line: 0, message: "the part is empty"))
                }
                // The first bytes go in at creation, as libxml2's own readers do, so that the
                // encoding is detected from them.
                let head = min(4, verdict.end)
                var handlers = ParseSession.handlers()
                guard let parser = xmlCreatePushParserCtxt(&handlers, Unmanaged.passUnretained(session).toOpaque(), base, Int32(head), nil) else {
                    return .failure(XMLProblem(line: 0, message: "the XML parser could not start"))
                }
                defer {
                    // A DTD that declares entities makes libxml2 build a document of its own to
                    // keep them in, even for a SAX parse; the context does not free it.
                    if let document = parser.pointee.myDoc { xmlFreeDoc(document) }
                    xmlFreeParserCtxt(parser)
                }
                // NONET: a document never reaches out. No NOENT (entities are not substituted, so
                // an entity bomb stays unexpanded), no DTDLOAD/DTDATTR/DTDVALID (no external DTD or
                // entity is ever loaded; the entity loader refuses them anyway), no RECOVER, and
                // no HUGE. Depth and text are bounded by the prescan, below libxml2's own bounds.
                xmlCtxtUseOptions(parser, Int32(XML_PARSE_NONET.rawValue))
                var offset = head
                while offset < verdict.end {
                    let length = min(Self.sliceBytes, verdict.end - offset)
                    guard xmlParseChunk(parser, base + offset, Int32(length), 0) == 0 else { break }
                    offset += length
                }
                _ = xmlParseChunk(parser, nil, 0, 1)
                var problem = session.firstFatal.map(Self.ownLimit)
                // libxml2 reports the cut as an early end, on the line of the cut or later; an
                // error earlier on is the document's own.
                if let stop = verdict.stop, (problem?.line ?? .max) >= stop.line {
                    problem = stop
                }
                return .success(problem)
            }
        }
        return try outcome.get()
    }

    /// Input is pushed in slices: libxml2 copies what it is given into its own buffer.
    private static let sliceBytes = 256 * 1024

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
}

/// One parse's state, reached by libxml2's callbacks through an unretained pointer: the handler,
/// the names made so far, the first error. Lives for exactly one ``XMLEventParser/parse``.
private final class ParseSession {
    let handler: any XMLEventHandler
    /// The first error libxml2 reported: where the document stops being readable.
    private(set) var firstFatal: XMLProblem?
    /// libxml2 interns names and namespace URIs in the parser's dictionary, which lives as long
    /// as the parse: a pointer stands for its string, made into a `String` once. The last few
    /// are kept by pointer alone, as most elements repeat a handful of names.
    /// Each name or URI libxml2 handed out, as a string and a number (see ``XMLName``).
    @exclusivity(unchecked) private var strings: [UnsafePointer<xmlChar>: Interned] = [:]
    @exclusivity(unchecked) private var recent = [(pointer: UnsafePointer<xmlChar>?, interned: Interned)](
        repeating: (nil, Interned(string: "", number: 0)),
        count: 64
    )

    struct Interned {
        var string: String
        var number: Int
    }

    init(handler: any XMLEventHandler) {
        self.handler = handler
    }

    func record(_ error: UnsafePointer<xmlError>) {
        guard firstFatal == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
        let message = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
        firstFatal = XMLProblem(line: Int(error.pointee.line), message: message.trimmingWhitespace())
    }

    /// The string at `pointer`, interned; number 0 is the empty string (no namespace).
    func interned(_ pointer: UnsafePointer<xmlChar>?) -> Interned {
        guard let pointer else { return Interned(string: "", number: 0) }
        let slot = Int(truncatingIfNeeded: UInt(bitPattern: pointer) >> 3) & (recent.count - 1)
        if recent[slot].pointer == pointer { return recent[slot].interned }
        let interned = strings[pointer] ?? {
            let made = Interned(string: XMLNamespaces.canonical(String(cString: pointer)), number: strings.count + 1)
            strings[pointer] = made
            return made
        }()
        recent[slot] = (pointer, interned)
        return interned
    }

    func name(_ localName: UnsafePointer<xmlChar>?, _ uri: UnsafePointer<xmlChar>?) -> XMLName {
        let local = interned(localName)
        let namespace = interned(uri)
        return XMLName(localName: local.string, namespace: namespace.string, localNumber: local.number, namespaceNumber: namespace.number)
    }

    static func from(_ context: UnsafeMutableRawPointer?) -> ParseSession? {
        context.map { Unmanaged<ParseSession>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Elements, text and errors; everything else (DTD declarations, processing instructions,
    /// comments) is left unhandled and so ignored.
    static func handlers() -> xmlSAXHandler {
        var handlers = xmlSAXHandler()
        handlers.initialized = XML_SAX2_MAGIC
        handlers.startElementNs = { context, localName, _, uri, _, _, attributeCount, _, attributes in
            guard let session = ParseSession.from(context) else { return }
            session.handler.startElement(session.name(localName, uri), attributes: XMLAttributes(fields: attributes, count: Int(attributeCount)))
        }
        handlers.endElementNs = { context, localName, _, uri in
            guard let session = ParseSession.from(context) else { return }
            session.handler.endElement(session.name(localName, uri))
        }
        handlers.characters = { context, text, length in
            guard let session = ParseSession.from(context), let text, length > 0 else { return }
            session.handler.characters(UnsafeBufferPointer(start: text, count: Int(length)))
        }
        handlers.cdataBlock = handlers.characters
        handlers.ignorableWhitespace = handlers.characters
        handlers.serror = { context, error in
            guard let session = ParseSession.from(context), let error else { return }
            session.record(UnsafePointer(error))
        }
        return handlers
    }
}

/// The namespaces the walkers look for, as the very strings they compare with: a URI read from a
/// document is replaced by its constant, and comparing a string with itself takes no reading.
enum XMLNamespaces {
    private static let known = [
        WordNamespace.transitional, WordNamespace.strict, WordNamespace.markupCompatibility, ODFNamespace.office,
        ODFNamespace.text, ODFNamespace.table, ODFNamespace.drawing, ODFNamespace.style, ODFNamespace.svg,
        ODFNamespace.dublinCore, ODFNamespace.meta, ODFNamespace.xlink, ODFFormula.mathML,
    ]

    static func canonical(_ string: String) -> String {
        known.first { $0 == string } ?? string
    }
}
