import DocumentModel

/// Bounds on the markup of one document, checked before libxml2 sees it (see ``XMLPrescan`` and
/// ``HTMLCanonicalizer``). A bound that is hit stops reading the document there: what came before
/// is kept, and the result names the limit.
public struct MarkupLimits: Sendable, Hashable {
    /// Elements nested inside each other in one XML part (`xml-depth`). At most
    /// ``libxml2MaxDepth``: libxml2 refuses deeper documents itself unless told to parse "huge"
    /// ones, which Liecība never does.
    public var maxDepth = 256
    /// Attributes on one element, namespace declarations included (`xml-attributes`), in XML and
    /// HTML. libxml2 checks every attribute against all earlier ones, so an element with a
    /// hundred thousand attributes costs minutes.
    public var maxAttributes = 256
    /// Bytes of one text node of an XML part (`xml-text-bytes`). At most ``libxml2MaxTextBytes``.
    public var maxTextBytes = 8 << 20
    /// Bytes of one HTML page parsed (`html-bytes`); the text of a longer page is read up to here.
    public var maxHTMLBytes = 64 << 20
    /// Bytes of text one document may yield (`text-bytes`, the submission's text limit): what
    /// its extraction holds in memory, however the markup multiplies it (a formula object
    /// referenced a thousand times, `text:s` runs of a thousand spaces).
    public var maxDocumentTextBytes = 32 << 20

    /// libxml2's own bound on element depth without `XML_PARSE_HUGE`.
    public static let libxml2MaxDepth = 256
    /// libxml2's own bound on one text node without `XML_PARSE_HUGE`.
    public static let libxml2MaxTextBytes = 10_000_000

    public init() {}

    func hit(_ name: LimitName) -> LimitHit {
        switch name {
        case .xmlDepth: LimitHit(name, maxDepth)
        case .xmlAttributes: LimitHit(name, maxAttributes)
        case .xmlTextBytes: LimitHit(name, maxTextBytes)
        case .textBytes: LimitHit(name, maxDocumentTextBytes)
        default: LimitHit(name, maxHTMLBytes)
        }
    }
}
