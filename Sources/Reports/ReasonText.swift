public import DocumentModel

/// Why a file or a submission was not (fully) read, in the report's language: rendered from the
/// record's reason code and what the record knows besides it (see ``ReasonWording``), so that a
/// clerk reads the same advice in Latvian as in English. A record without a code — one made by
/// hand, or by an older tool — keeps its stored English reason.
extension ReportLanguage {
    public func reason(for record: FileRecord) -> String {
        ReasonWording.text(for: record, in: wordingLanguage) ?? record.reason ?? status(record.status.rawValue)
    }

    public func reason(for container: ContainerRecord) -> String {
        ReasonWording.text(for: container, in: wordingLanguage) ?? container.reason ?? status(container.status.rawValue)
    }

    private var wordingLanguage: ReasonWording.Language {
        switch self {
        case .lv: .latvian
        case .en: .english
        }
    }
}
