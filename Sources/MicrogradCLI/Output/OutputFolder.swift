import Foundation

/// The folder a command writes its set of files into, checked before any work is done,
/// and written so that it holds either the whole old set or the whole new one.
struct OutputFolder {
  /// The folder as the user gave it.
  let path: String
  /// The names of the files of the set.
  let names: [String]
  /// Whether ``prepare(_:names:)`` created the folder.
  var created = false

  /// Creates the folder if needed, and checks that files can be written in it and that
  /// none of `names` is taken by a folder.
  ///
  /// - Throws: ``RunError`` naming the path and the reason, such as
  ///   `out is a file, not a folder` or `cannot write in out: Permission denied`.
  static func prepare(_ path: String, names: [String]) throws(RunError) -> OutputFolder {
    let existed = FileManager.default.fileExists(atPath: path)
    try makeFolders(path)
    for name in names {
      var isFolder: ObjCBool = false
      let file = Self.joined(path, name)
      if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
        throw RunError("\(file) is a folder, not a file; remove it or choose another --output")
      }
    }
    // A file that can be created can be renamed into place.
    let probe = try makeTemporaryFolder(in: path)
    try? FileManager.default.removeItem(atPath: probe)
    return OutputFolder(path: path, names: names, created: !existed)
  }

  /// Removes the folder if ``prepare(_:names:)`` created it and it is still empty: a run
  /// that fails before writing leaves no trace.
  func removeIfUnused() {
    if created { rmdir(path) }
  }

  /// Replaces the set: writes `files` (names and contents) into a temporary folder
  /// beside them, then moves the old set aside and the new one in; on a failure, puts
  /// the old set back. A name of the set that is not among `files` is removed.
  func replaceSet(with files: [(name: String, contents: Data)]) throws(RunError) {
    let staging = try Self.makeTemporaryFolder(in: path)
    defer { try? FileManager.default.removeItem(atPath: staging) }
    for file in files {
      try Self.writeFile(
        file.contents, to: Self.joined(staging, file.name),
        shownAs: Self.joined(path, file.name))
    }
    let old = Self.joined(staging, "old")
    try Self.makeFolders(old)
    var movedAside: [String] = []
    var movedIn: [String] = []
    func target(_ name: String) -> String { Self.joined(path, name) }
    func undo() {
      for name in movedIn { unlink(target(name)) }
      for name in movedAside {
        rename(Self.joined(old, name), target(name))
      }
    }
    for name in names where FileManager.default.fileExists(atPath: target(name)) {
      guard rename(target(name), Self.joined(old, name)) == 0 else {
        let reason = Self.lastError()
        undo()
        throw RunError("cannot replace \(target(name)): \(reason)")
      }
      movedAside.append(name)
    }
    for file in files {
      guard rename(Self.joined(staging, file.name), target(file.name)) == 0
      else {
        let reason = Self.lastError()
        undo()
        throw RunError("cannot write \(target(file.name)): \(reason)")
      }
      movedIn.append(file.name)
    }
  }

  /// `mkdir -p`, with the reason of a failure in words.
  static func makeFolders(_ path: String) throws(RunError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
      guard isFolder.boolValue else {
        throw RunError("\(path) is a file, not a folder; choose another --output")
      }
      return
    }
    // (Not NSString's deletingLastPathComponent, which traps on a one-letter path in
    // swift-corelibs-foundation.)
    if let slash = path.dropLast().lastIndex(of: "/") {
      let parent = String(path[..<slash])
      if !parent.isEmpty { try makeFolders(parent) }
    }
    guard mkdir(path, 0o777) == 0 || errno == EEXIST else {
      throw RunError("cannot create the folder \(path): \(lastError())")
    }
  }

  /// A new empty folder in `path`, named `.micrograd-XXXXXX`.
  static func makeTemporaryFolder(in path: String) throws(RunError) -> String {
    var template = Array(Self.joined(path, ".micrograd-XXXXXX").utf8CString)
    let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) != nil }
    guard made else { throw RunError("cannot write in the folder \(path): \(lastError())") }
    return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// Writes `data` to a new file at `path`; a failure names the file `shownAs`.
  static func writeFile(_ data: Data, to path: String, shownAs name: String) throws(RunError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else { throw RunError("cannot write \(name): \(lastError())") }
    defer { close(fd) }
    var written = 0
    while written < data.count {
      let n = data.withUnsafeBytes { write(fd, $0.baseAddress! + written, data.count - written) }
      guard n > 0 else { throw RunError("cannot write \(name): \(lastError())") }
      written += n
    }
  }

  /// The text of `errno`, such as `Permission denied`.
  static func lastError() -> String {
    String(cString: strerror(errno))
  }

  /// `folder/name`, by string (NSString's path methods trap on some short paths in
  /// swift-corelibs-foundation).
  static func joined(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }
}
