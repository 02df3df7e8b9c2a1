import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Errors in words a person can act on, with the path they concern — never Foundation's
/// `Error Domain=NSCocoaErrorDomain Code=512 "(null)"`.
enum ErrorDescription {
    static func of(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError {
            return fileError(cocoa as NSError)
        }
        if let posix = error as? POSIXError {
            return String(cString: strerror(posix.code.rawValue))
        }
        if type(of: error) is NSError.Type {
            return fileError(error as NSError)
        }
        return escapedControlCharacters(String(describing: error))
    }

    /// Why a file operation failed, without the path (for a message that names the file itself):
    /// "it does not exist", "Permission denied".
    static func cause(of error: any Error) -> String {
        if error is CocoaError || type(of: error) is NSError.Type {
            let error = error as NSError
            return underlyingCause(of: error) ?? fileErrorCause(code: error.code, domain: error.domain)
        }
        return of(error)
    }

    private static func fileError(_ error: NSError) -> String {
        let path = (error.userInfo[NSFilePathErrorKey] as? String) ?? (error.userInfo[NSURLErrorKey] as? URL)?.path
        let cause = underlyingCause(of: error) ?? fileErrorCause(code: error.code, domain: error.domain)
        let subject = path.map { " \($0)" } ?? ""
        return escapedControlCharacters("\(action(code: error.code, domain: error.domain))\(subject): \(cause)")
    }

    /// The system's words for the POSIX error under `error`, if there is one.
    private static func underlyingCause(of error: NSError) -> String? {
        if error.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(error.code))) }
        guard let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError else { return nil }
        return underlyingCause(of: underlying)
    }

    private static func action(code: Int, domain: String) -> String {
        guard domain == NSCocoaErrorDomain else { return "cannot complete the operation on" }
        switch code {
        case CocoaError.fileReadNoSuchFile.rawValue, CocoaError.fileReadUnknown.rawValue, CocoaError.fileReadNoPermission.rawValue,
            CocoaError.fileReadCorruptFile.rawValue, CocoaError.fileReadInvalidFileName.rawValue:
            return "cannot read"
        default:
            return "cannot write"
        }
    }

    private static func fileErrorCause(code: Int, domain: String) -> String {
        guard domain == NSCocoaErrorDomain else { return "error \(code) (\(domain))" }
        switch code {
        case CocoaError.fileReadNoSuchFile.rawValue, CocoaError.fileNoSuchFile.rawValue: return "it does not exist"
        case CocoaError.fileReadNoPermission.rawValue, CocoaError.fileWriteNoPermission.rawValue: return "permission denied"
        case CocoaError.fileWriteOutOfSpace.rawValue: return "no space left on the device"
        case CocoaError.fileWriteFileExists.rawValue: return "it exists already"
        case CocoaError.fileWriteVolumeReadOnly.rawValue: return "the file system is read-only"
        case CocoaError.fileReadCorruptFile.rawValue: return "its contents are not what was expected"
        default: return "the file operation failed (code \(code))"
        }
    }

    /// `text` with every control character written out (`\u{1B}`), so that a name holding a
    /// terminal escape sequence cannot act on the terminal it is printed to, nor a line feed
    /// in a name forge a log line of its own.
    static func escapedControlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var escaped = ""
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                escaped += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// C0 and C1 controls, DEL, and the bidirectional overrides that reorder what a terminal shows.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value < 0x20 || (0x7F...0x9F).contains(value) || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }
}
