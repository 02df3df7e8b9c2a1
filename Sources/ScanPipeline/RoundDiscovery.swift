import Foundation
public import SubmissionReading
#if canImport(Glibc)
import Glibc
#endif

/// Finds the submissions of a round from the inputs named on the command line.
///
/// An input is either a round folder — every entry directly inside it is one submission — or a
/// single archive (or document), which is one submission by itself.
public struct RoundDiscovery: Sendable {
    /// A problem with the inputs themselves, found before any work starts.
    public struct InputError: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Entries of a round folder that are never submissions.
    public struct Ignored: Sendable, Hashable {
        public var path: String
        public var reason: String
        /// Not the clutter every folder has (`.DS_Store`): a person should hear of it.
        public var isUnusual = false
    }

    public init() {}

    /// Refuses an output folder that lies inside one of the inputs (or is one), and an input that
    /// lies inside the output folder: the outputs would be taken for submissions by the next
    /// scan, a scan could read its own half-written files, and replacing the outputs could
    /// delete the round itself. Symbolic links are resolved, for the part of the path that exists.
    public func refuseOutput(_ output: String, inside inputs: [String]) throws(InputError) {
        let target = Self.resolved(output)
        for input in inputs {
            let source = Self.resolved(input)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue,
                Self.path(target, isWithin: source)
            {
                throw InputError(
                    description: "the output folder \(output) is inside the input folder \(input): choose a folder outside the round, or the next scan would read the outputs as submissions"
                )
            }
            if Self.path(source, isWithin: target) {
                throw InputError(
                    description: "the input \(input) is inside the output folder \(output): choose an output folder outside the round — the outputs in it are replaced on every run"
                )
            }
        }
    }

    /// Whether `path` is `folder` or lies inside it (both absolute and resolved).
    private static func path(_ path: String, isWithin folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// The absolute path with symbolic links resolved as far as the path exists.
    private static func resolved(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var resolved = existing.resolvingSymlinksInPath()
        for component in rest { resolved.appendPathComponent(component) }
        return resolved.standardizedFileURL.path
    }

    /// The submissions named by `inputs`: each entry of a folder, or a file by itself.
    /// - Returns: the submissions sorted by id (ids made unique), and the entries passed over.
    /// - Throws: ``InputError`` when an input does not exist or cannot be listed.
    public func discover(_ inputs: [String]) throws(InputError) -> (sources: [SubmissionSource], ignored: [Ignored]) {
        var sources: [SubmissionSource] = []
        var ignored: [Ignored] = []
        let fileManager = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: input, isDirectory: &isDirectory) else {
                throw InputError(description: "input does not exist: \(input)")
            }
            guard fileManager.isReadableFile(atPath: input) else {
                throw InputError(description: "input is not readable: \(input)")
            }
            if isDirectory.boolValue {
                let names: [String]
                do {
                    names = try fileManager.contentsOfDirectory(atPath: input)
                } catch {
                    throw InputError(description: "cannot list \(input): \(error.localizedDescription)")
                }
                for name in names.sorted() {
                    let path = (input as NSString).appendingPathComponent(name)
                    if name.hasPrefix(".") {
                        ignored.append(Ignored(path: path, reason: "hidden entry"))
                        continue
                    }
                    if Self.isSpecialFile(path) {
                        ignored.append(Ignored(path: path, reason: Self.specialFileReason, isUnusual: true))
                        continue
                    }
                    sources.append(source(at: path, displayName: name))
                }
            } else if Self.isSpecialFile(input) {
                ignored.append(Ignored(path: input, reason: Self.specialFileReason, isUnusual: true))
            } else {
                sources.append(source(at: input, displayName: (input as NSString).lastPathComponent))
            }
        }
        return (Self.uniqueIDs(sources), ignored)
    }

    /// A pipe, socket or device (a link is followed): opening one to read or hash it could
    /// wait for ever, and what it gives is no applicant's document.
    private static func isSpecialFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        let type = info.st_mode & S_IFMT
        return type != S_IFREG && type != S_IFDIR
    }

    private static let specialFileReason = "not a regular file (a pipe, socket or device)"

    private func source(at path: String, displayName: String) -> SubmissionSource {
        var isDirectory: ObjCBool = false
        _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        let id = SubmissionID.make(fromEntryName: displayName, isDirectory: isDirectory.boolValue)
        if isDirectory.boolValue {
            return SubmissionSource(id: id, path: path, displayName: displayName, kind: .folder)
        }
        if case .archive(let format) = FormatDetection.category(ofName: displayName) {
            return SubmissionSource(id: id, path: path, displayName: displayName, kind: .archive(format))
        }
        return SubmissionSource(id: id, path: path, displayName: displayName, kind: .file)
    }

    /// Two entries that reduce to the same id (`Vecupe.zip` and `Vecupe.docx`) both keep their
    /// full names instead, so neither overwrites the other.
    static func uniqueIDs(_ sources: [SubmissionSource]) -> [SubmissionSource] {
        let counts = Dictionary(grouping: sources, by: \.id).mapValues(\.count)
        var result = sources.map { source -> SubmissionSource in
            guard counts[source.id, default: 0] > 1 else { return source }
            var renamed = source
            renamed.id = source.displayName
            return renamed
        }
        // Same display name from two different inputs: number them.
        var seen: [String: Int] = [:]
        for index in result.indices {
            let count = (seen[result[index].id] ?? 0) + 1
            seen[result[index].id] = count
            if count > 1 { result[index].id += " (\(count))" }
        }
        return result.sorted { $0.id < $1.id }
    }
}
