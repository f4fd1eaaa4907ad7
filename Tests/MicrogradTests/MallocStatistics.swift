import Glibc

/// glibc's `mallinfo2()` statistics (`<malloc.h>`, which the Glibc module does not
/// import), summed over every arena.
enum MallocStatistics {
  // `struct mallinfo2` (ten size_t) is returned through a hidden pointer that the
  // x86-64 System V ABI passes as the first argument.
  typealias Call = @convention(c) (UnsafeMutableRawPointer) -> UnsafeMutableRawPointer
  static let mallinfo2 = dlsym(dlopen(nil, RTLD_NOW), "mallinfo2").map {
    unsafeBitCast($0, to: Call.self)
  }

  /// `mallinfo2().uordblks`, the bytes allocated and not yet freed, or nil where it
  /// cannot be read.
  static var bytesInUse: Int? {
    #if arch(x86_64)
      guard let mallinfo2 else { return nil }
      var fields = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
      _ = withUnsafeMutableBytes(of: &fields) { mallinfo2($0.baseAddress!) }
      return fields.7
    #else
      return nil
    #endif
  }
}
