import Foundation

/// Expands what a person named on the command line into the inputs to read.
///
/// Folders are walked recursively in sorted order (so runs are repeatable), hidden files and
/// unknown extensions are skipped, and a symbolic link that leads back into a folder already
/// walked is not followed twice. A path that does not exist is reported, not fatal.
public struct InputCollector: Sendable {
    public enum Input: Sendable, Equatable {
        case file(String)
        case standardInput
    }

    public init() {}

    public func collect(_ paths: [String], report: (InputProblem) -> Void) -> [Input] {
        var inputs: [Input] = []
        var visited = Set<String>()
        for path in paths {
            if path == "-" {
                inputs.append(.standardInput)
                continue
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                report(InputProblem(origin: path, reason: "no such file or folder"))
                continue
            }
            if isFolder.boolValue {
                walk(path, into: &inputs, visited: &visited, report: report)
            } else {
                inputs.append(.file(path))
            }
        }
        return inputs
    }

    private func walk(_ folder: String, into inputs: inout [Input], visited: inout Set<String>, report: (InputProblem) -> Void) {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            report(InputProblem(origin: folder, reason: "cannot list the folder (\(Self.reason(error)))"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                // Only a symbolic link can be listed yet not exist: one that leads nowhere, or round to itself.
                report(InputProblem(origin: path, reason: "cannot follow the symbolic link (it leads to nothing, or back to itself)"))
                continue
            }
            if isFolder.boolValue {
                walk(path, into: &inputs, visited: &visited, report: report)
            } else if InputFormat.folderExtensions.contains(InputDocument(origin: path, data: Data()).pathExtension) {
                inputs.append(.file(path))
            }
        }
    }

    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message).lowercased()
        }
        if nsError.domain == NSPOSIXErrorDomain, let message = strerror(Int32(nsError.code)) {
            return String(cString: message).lowercased()
        }
        return nsError.localizedDescription
    }
}
