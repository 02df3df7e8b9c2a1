import Lexicon

/// What a sentence claims, as an evaluator reads it before taking it as evidence: whose
/// statement it is, and whether it is the applicant's content or the form's. Whether each
/// mention in it is done, planned or wished is its match's ``MatchedTerm/mode``, since one
/// sentence may report a deed and a plan.
public struct Claim: Sendable, Hashable, Codable {
    /// Whose statement the sentence is.
    public enum Speaker: String, Sendable, Hashable, Codable, CaseIterable {
        /// The applicant, about itself: nothing says otherwise.
        case applicant
        /// Someone else: a quoted newspaper, what researchers say, another place.
        case other
        /// No one in particular: a definition, what smart villages usually have, a document
        /// that never names its place nor speaks as "we".
        case general
    }

    /// Whether the sentence is the applicant's own text or the form's.
    public enum Register: String, Sendable, Hashable, Codable, CaseIterable {
        case content
        /// The scheme's own wording restated, or a form's example hint ("Piemēram, …").
        case template
        /// Page headers and footers: programme names, funding logos, the action group's name.
        case boilerplate
        /// An address or contact line: "Melioratoru iela 1, Koknese, LV-5101".
        case contact
        /// Points elsewhere instead of saying ("Skatīt pielikumā", "Resursu plāns – pievienotajā
        /// failā"): what the other file says counts where it is read.
        case reference
    }

    public var speaker: Speaker
    public var register: Register
    /// The words that decided it, as they stand in the sentence ("parasti", "rakstīja", the
    /// template sentence it restates); absent for plain content by the applicant.
    public var cue: String?

    public init(speaker: Speaker = .applicant, register: Register = .content, cue: String? = nil) {
        self.speaker = speaker
        self.register = register
        self.cue = cue
    }

    /// The applicant's own content: what every sentence is until something says otherwise.
    public static let plain = Claim()

    /// Why the sentence cannot count for any indicator; `nil` when it can.
    var disqualification: NotCounted? {
        switch (register, speaker) {
        case (.template, _): .template
        case (.boilerplate, _): .boilerplate
        case (.reference, _): .reference
        case (.contact, _): .contact
        case (_, .other): .aboutSomeoneElse
        case (_, .general): .generalStatement
        case (.content, .applicant): nil
        }
    }
}

/// Why a passage that mentions an indicator does not count towards it — the map's
/// `notCountedBecause`, which reviewers and `lieciba evaluate` read.
public enum NotCounted: String, Sendable, Hashable, CaseIterable {
    case heading = "heading"
    case question = "question"
    case emptyTemplateField = "template label with nothing filled in"
    case negated = "negated"
    case deniedInSection = "denied in its section"
    case deniedOutright = "denied outright elsewhere"
    case generalStatement = "general statement"
    case aboutSomeoneElse = "about someone else"
    case template = "template wording"
    case boilerplate = "boilerplate"
    case reference = "refers elsewhere"
    case contact = "address or contact line"
    case doneByOthers = "done by an institution, not the residents"
    case businessApplicant = "the applicant is a business, not a community"
    case institutionApplicant = "the applicant is an institution, not a community"
    case placeNotNamed = "the place is never named"
    case inPassing = "named only in passing"
    case anotherIndicator = "another indicator's evidence"
    case planned = "planned, not done"
    case hypothetical = "wished, not done"

    /// The reason for a mention of `mode` that the indicator does not accept.
    static func notAccepted(_ mode: LexiconFile.Mode) -> NotCounted {
        mode == .hypothetical ? .hypothetical : .planned
    }
}
