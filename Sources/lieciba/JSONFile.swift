import ArgumentParser
import Foundation

/// A JSON file a command reads (labels, an evidence map), decoded with errors that name it.
enum JSONFile {
    /// The JSON file at `path`, or a usage error that names it and says what is wrong with it.
    static func decode<Value: Decodable>(_ type: Value.Type, from path: String, what: String) throws -> Value {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ValidationError("cannot read the \(what) \(path): \(ErrorDescription.cause(of: error))")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let DecodingError.dataCorrupted(context) {
            throw ValidationError("the \(what) \(path) is not valid JSON: \(context.underlyingError.map { "\($0)" } ?? context.debugDescription)")
        } catch let DecodingError.keyNotFound(key, context) {
            throw ValidationError("the \(what) \(path) lacks „\(key.stringValue)” at \(Self.location(context))")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw ValidationError("the \(what) \(path) has an unexpected value at \(Self.location(context)): \(context.debugDescription)")
        } catch {
            throw ValidationError("the \(what) \(path) cannot be read: \(error)")
        }
    }

    private static func location(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        return path.isEmpty ? "the top" : path
    }
}
