import Foundation
internal import CLibXML2
import DocumentModel
public import TextEncodings

/// Extracts the text of an HTML page as a browser shows it: scripts, styles and templates
/// dropped, block elements made into blocks, whitespace collapsed, entities decoded.
///
/// libxml2's HTML parser is driven through SAX in one push, so no tree is ever built; it recovers
/// from the tag soup real pages are made of.
public enum HTMLExtractor {
    /// The result, and which charset the page was read in.
    public struct Outcome: Sendable {
        public var result: ExtractionResult
        public var charset: Charset
        /// `true` when the charset was neither declared nor evident and had to be assumed.
        public var charsetAssumed: Bool
    }

    public static func extract(_ bytes: [UInt8], limits: MarkupLimits = MarkupLimits()) -> Outcome {
        LibXML2.initialise()
        var sizeProblem: ExtractionProblem?
        var page = bytes
        if page.count > limits.maxHTMLBytes {
            page = Array(page.prefix(limits.maxHTMLBytes))
            sizeProblem = ExtractionProblem(
                kind: .limitReached,
                message: "a page larger than \(LimitHit.bytes(limits.maxHTMLBytes)) (limit html-bytes): only its beginning was read",
                limit: LimitHit(.htmlBytes, limits.maxHTMLBytes)
            )
        }
        let verdict = HTMLCharsetSniffer.sniff(page)
        let body = page[(page.startIndex + verdict.skip)...]
        var charset = verdict.charset
        // The page as markup libxml2 reads exactly as Liecība does, with no tag beyond the limits;
        // rewritten straight from the bytes when they are UTF-8 already.
        let canonical: HTMLCanonicalizer.Output
        // The sniffer has already checked the whole page when it judged it by its bytes.
        if charset == .utf8, verdict.source == .validUTF8 || body.isValidUTF8 {
            canonical = HTMLCanonicalizer.canonicalize(body, maxAttributes: limits.maxAttributes, maxDepth: limits.maxDepth)
        } else {
            let decoded: [UInt8]
            if let utf8 = charset.transcodeToUTF8(body) {
                decoded = utf8
            } else if case .other(let label) = charset, let utf8 = Iconv.decodeToUTF8(body, from: label) {
                decoded = utf8
            } else {
                charset = body.isValidUTF8 ? .utf8 : .singleByte(.windows1257)
                decoded = charset.transcodeToUTF8(body) ?? Array(String(decoding: body, as: UTF8.self).utf8)
            }
            canonical = HTMLCanonicalizer.canonicalize(decoded[...], maxAttributes: limits.maxAttributes, maxDepth: limits.maxDepth)
        }
        page = []
        var input = canonical.bytes
        if input.isEmpty { input = [0x20] }

        let walker = HTMLWalker(maxTextBytes: limits.maxDocumentTextBytes)
        withExtendedLifetime(walker) {
            var handler = htmlSAXHandler()
            handler.startElement = { context, name, attributes in
                guard let context, let name else { return }
                let walker = HTMLWalker.from(context)
                walker.start(walker.element(name), attributes: attributes)
            }
            handler.endElement = { context, name in
                guard let context, let name else { return }
                let walker = HTMLWalker.from(context)
                walker.end(walker.element(name))
            }
            handler.characters = { context, characters, length in
                guard let context, let characters, length > 0 else { return }
                HTMLWalker.from(context).text(UnsafeBufferPointer(start: characters, count: Int(length)))
            }
            handler.cdataBlock = handler.characters
            handler.ignorableWhitespace = handler.characters
            handler.serror = { _, _ in }
            handler.initialized = XML_SAX2_MAGIC

            let context = Unmanaged.passUnretained(walker).toOpaque()
            guard let parser = htmlCreatePushParserCtxt(&handler, context, nil, 0, nil, XML_CHAR_ENCODING_UTF8) else { return }
            defer {
                // A document libxml2 made on its own is left to the caller (see XMLEventParser).
                if let document = parser.pointee.myDoc { xmlFreeDoc(document) }
                htmlFreeParserCtxt(parser)
            }
            // NONET: nothing is ever fetched. IGNORE_ENC: the page is UTF-8 already, whatever its
            // <meta> says. The HTML parser has no entities of its own to declare or load.
            let options = Int32(
                HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                    | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            )
            htmlCtxtUseOptions(parser, options)
            input.withUnsafeBufferPointer { buffer in
                buffer.withMemoryRebound(to: CChar.self) { chars in
                    // Pushed in slices: one call with a huge chunk makes libxml2 2.9 copy it whole.
                    guard let base = chars.baseAddress else { return }
                    let slice = 1 << 20
                    var offset = 0
                    while offset < chars.count {
                        let length = min(slice, chars.count - offset)
                        _ = htmlParseChunk(parser, base + offset, Int32(length), 0)
                        offset += length
                    }
                    _ = htmlParseChunk(parser, nil, 0, 1)
                }
            }
        }
        let blocks = walker.finish()
        return Outcome(
            result: ExtractionResult(blocks: blocks, problem: canonical.stop ?? walker.textLimitProblem(limits) ?? sizeProblem),
            charset: charset,
            charsetAssumed: verdict.source == .assumed
        )
    }
}

/// The SAX receiver: turns element and text events into blocks. A class because libxml2 reaches
/// it through an unretained pointer; it lives for one ``HTMLExtractor/extract(_:)`` call.
private final class HTMLWalker {
    // Only the parse that owns this walker touches it, one event at a time: the runtime's
    // exclusivity checks, paid on every event, can guard nothing here.
    @exclusivity(unchecked) private var assembler: BlockAssembler

    init(maxTextBytes: Int) {
        assembler = BlockAssembler(maxTextBytes: maxTextBytes)
    }
    /// Depth inside elements whose content is never shown (`script`, `style`, …).
    private var hiddenDepth = 0
    /// Depth inside `pre`, where whitespace is kept as written.
    private var preformattedDepth = 0
    /// Element roles by the pointer libxml2 passes the name in: it interns names for the length
    /// of a parse (or passes its own constants), so each role is worked out once. A hit is still
    /// checked against the name's bytes, so a pointer reused for another name is never trusted.
    @exclusivity(unchecked) private var elements: [UnsafePointer<xmlChar>: Element] = [:]

    /// What an element name means for the text.
    struct Element {
        var name: String
        /// Its content is never shown (`script`, `style`, …).
        var isHidden: Bool
        /// It has no content and no end tag (`br`, `img`, …).
        var isVoid: Bool
        /// It starts and ends a block of text.
        var isBlock: Bool
        /// Its white space is kept as written.
        var isPreformatted: Bool

        init(_ name: String) {
            self.name = name
            isHidden = HTMLWalker.hidden.contains(name)
            isVoid = HTMLWalker.void.contains(name)
            isBlock = HTMLWalker.block.contains(name)
            isPreformatted = HTMLWalker.preformatted.contains(name)
        }
    }

    static func from(_ context: UnsafeMutableRawPointer) -> HTMLWalker {
        Unmanaged<HTMLWalker>.fromOpaque(context).takeUnretainedValue()
    }

    func element(_ name: UnsafePointer<xmlChar>) -> Element {
        if let known = elements[name], LibXML2.equals(name, known.name) { return known }
        let element = Element(String(cString: name))
        elements[name] = element
        return element
    }

    func start(_ element: Element, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if element.isHidden || hiddenDepth > 0 {
            if !element.isVoid { hiddenDepth += 1 }
            return
        }
        if Self.isHiddenByAttribute(attributes) && !element.isVoid {
            hiddenDepth += 1
            return
        }
        let name = element.name
        if name == "br" {
            assembler.appendLiteral("\n")
            return
        }
        if element.isPreformatted { preformattedDepth += 1 }
        guard element.isBlock else { return }
        assembler.endParagraph()
        switch name {
        case "table": assembler.beginTable()
        case "tr": assembler.beginRow()
        case "td", "th": assembler.beginCell(span: 1)
        case "h1", "h2", "h3", "h4", "h5", "h6":
            assembler.beginParagraph()
            assembler.markHeading(level: Int(String(name.dropFirst())) ?? 1)
        case "li", "dt", "dd":
            assembler.beginParagraph()
            assembler.markListItem()
        default:
            break
        }
    }

    func end(_ element: Element) {
        if hiddenDepth > 0 {
            if !element.isVoid { hiddenDepth -= 1 }
            return
        }
        if element.isPreformatted {
            preformattedDepth = max(0, preformattedDepth - 1)
        }
        guard element.isBlock else { return }
        assembler.endParagraph()
        switch element.name {
        case "table": assembler.endTable()
        case "tr": assembler.endRow()
        case "td", "th": assembler.endCell()
        default: break
        }
    }

    func text(_ bytes: UnsafeBufferPointer<xmlChar>) {
        guard hiddenDepth == 0 else { return }
        if preformattedDepth > 0 {
            assembler.appendLiteral(bytes)
        } else {
            assembler.appendCollapsing(bytes)
        }
    }

    func finish() -> [TextBlock] {
        assembler.finish()
    }

    func textLimitProblem(_ limits: MarkupLimits) -> ExtractionProblem? {
        assembler.textLimitProblem(limits)
    }

    /// `hidden` and `aria-hidden="true"` hide an element from readers as well as from the page.
    private static func isHiddenByAttribute(_ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Bool {
        guard var cursor = attributes else { return false }
        while let namePointer = cursor.pointee {
            let name = String(cString: namePointer).lowercased()
            let value = cursor.advanced(by: 1).pointee.map { String(cString: $0).lowercased() }
            if name == "hidden" { return true }
            if name == "style", let value, value.replacingOccurrences(of: " ", with: "").contains("display:none") { return true }
            cursor = cursor.advanced(by: 2)
        }
        return false
    }

    private static let hidden: Set<String> = [
        "head", "script", "style", "noscript", "template", "title", "iframe", "object", "embed", "canvas", "svg",
        "math", "select", "datalist", "noframes", "audio", "video", "map",
    ]

    private static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]

    private static let preformatted: Set<String> = ["pre", "textarea", "listing", "plaintext", "xmp"]

    private static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol", "p", "plaintext",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul", "xmp", "option",
        "frameset", "frame",
    ]
}
