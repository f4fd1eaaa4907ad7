import Foundation

/// Why the file at `path` cannot be read, in the words the `micrograd` command and the
/// loaders use ("no such file", "it is a folder, not a file"), or `nil` if it is a file.
///
/// Foundation's own messages ("The operation could not be completed", error codes) do
/// not say which of these it is.
package func fileProblem(atPath path: String) -> String? {
  var isFolder: ObjCBool = false
  guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
    return "no such file"
  }
  guard !isFolder.boolValue else { return "it is a folder, not a file" }
  guard FileManager.default.isReadableFile(atPath: path) else { return "permission denied" }
  return nil
}
