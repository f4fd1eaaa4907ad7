import Foundation
import Micrograd

/// A network's shape and parameter values, as saved to JSON.
///
/// ```json
/// {"format": "micrograd-mlp", "version": 1, "inputs": 2, "layers": [16, 16, 1],
///  "hidden": "relu", "output": "linear", "parameters": [0.12, -0.53, …]}
/// ```
///
/// The parameters are in ``MLP/parameters()`` order. A `Double` survives the trip to
/// JSON and back exactly.
public struct MLPSnapshot: Codable, Sendable, Hashable {
  /// Always `"micrograd-mlp"`: what the file is.
  public var format: String
  /// The version of the format: 1.
  public var version: Int
  /// The number of inputs, `nin` in `MLP(nin, nouts)`.
  public var inputs: Int
  /// The layer sizes, `nouts` in `MLP(nin, nouts)`; the last is the number of outputs.
  public var layers: [Int]
  /// The nonlinearity of the hidden layers.
  public var hidden: Nonlinearity
  /// The nonlinearity of the last layer.
  public var output: Nonlinearity
  /// The parameter values, in ``MLP/parameters()`` order.
  public var parameters: [Double]
  /// What the network was trained for, if the file says; absent in older files, which
  /// are classifiers.
  public var task: ModelTask?

  /// Creates a snapshot of a network `MLP(inputs, layers, hidden:output:)` with the
  /// given parameter values, in the current format.
  ///
  /// The values are not checked here; ``MLP/init(snapshot:)`` checks them.
  public init(
    inputs: Int, layers: [Int], hidden: Nonlinearity = .relu, output: Nonlinearity = .linear,
    parameters: [Double], task: ModelTask? = nil
  ) {
    self.init(
      format: MLPSnapshot.formatName, version: 1, inputs: inputs, layers: layers,
      hidden: hidden, output: output, parameters: parameters)
    self.task = task
  }

  /// Creates a snapshot with every field given, as a decoder would; for a file of
  /// another format or version, which ``MLP/init(snapshot:)`` then rejects.
  public init(
    format: String, version: Int, inputs: Int, layers: [Int], hidden: Nonlinearity,
    output: Nonlinearity, parameters: [Double]
  ) {
    self.format = format
    self.version = version
    self.inputs = inputs
    self.layers = layers
    self.hidden = hidden
    self.output = output
    self.parameters = parameters
  }

  /// The format name written to every snapshot.
  public static let formatName = "micrograd-mlp"
}

/// What a saved network was trained for, so that a reader knows what its outputs mean.
public enum ModelTask: String, Codable, Sendable, Hashable, CaseIterable {
  /// Classes: one output, whose sign is the class (0 or 1), or one logit per class.
  case classification
  /// A real value: the one output.
  case regression
}

/// Why a saved network could not be loaded.
public struct ModelLoadingError: Error, CustomStringConvertible, Sendable {
  /// What is wrong, in words, such as
  /// `MLP(2, [16, 16, 1]) has 337 parameters; the file has 336`.
  public let reason: String

  /// Creates an error.
  public init(_ reason: String) { self.reason = reason }

  /// The reason.
  public var description: String { reason }
}

extension MLP {
  /// The network's shape and current parameter values.
  ///
  /// - Precondition: every hidden layer has the same nonlinearity, as networks built by
  ///   `MLP(nin, nouts, hidden:output:)` do.
  public var snapshot: MLPSnapshot {
    let hidden = layers.dropLast().first?.neurons[0].nonlinearity ?? .relu
    precondition(
      layers.dropLast().allSatisfy { $0.neurons.allSatisfy { $0.nonlinearity == hidden } },
      "a snapshot needs every hidden layer to have the same nonlinearity")
    return MLPSnapshot(
      format: MLPSnapshot.formatName, version: 1, inputs: inputCount, layers: layerSizes,
      hidden: hidden, output: layers[layers.count - 1].neurons[0].nonlinearity,
      parameters: parameters().map { Double($0.data) })
  }

  /// Creates a network from a snapshot, with new parameters holding its values.
  ///
  /// - Throws: ``ModelLoadingError`` if the snapshot is not a version-1 MLP snapshot, its
  ///   shape is invalid, or the number of values does not fit the shape.
  public init(snapshot: MLPSnapshot) throws(ModelLoadingError) {
    guard snapshot.format == MLPSnapshot.formatName, snapshot.version == 1 else {
      throw ModelLoadingError(
        "not a version-1 \(MLPSnapshot.formatName) file (format \"\(snapshot.format)\", "
          + "version \(snapshot.version))")
    }
    guard snapshot.inputs > 0, !snapshot.layers.isEmpty, snapshot.layers.allSatisfy({ $0 > 0 })
    else {
      throw ModelLoadingError(
        "invalid shape MLP(\(snapshot.inputs), \(snapshot.layers))")
    }
    guard let expected = MLPSnapshot.parameterCount(snapshot.inputs, snapshot.layers),
      snapshot.parameters.count == expected
    else {
      let count =
        MLPSnapshot.parameterCount(snapshot.inputs, snapshot.layers).map(String.init)
        ?? "more than \(Int.max)"
      throw ModelLoadingError(
        "MLP(\(snapshot.inputs), \(snapshot.layers)) has \(count) parameters; "
          + "the file has \(snapshot.parameters.count)")
    }
    self.init(
      snapshot.inputs, snapshot.layers, hidden: snapshot.hidden, output: snapshot.output,
      parameters: snapshot.parameters.map { Var(Scalar($0)) })
  }

  /// Writes the network as JSON (an ``MLPSnapshot``) to `url`.
  ///
  /// - Throws: An encoding error, or the error of writing the file.
  public func save(to url: URL) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    try encoder.encode(snapshot).write(to: url, options: .atomic)
  }

  /// Writes the network as JSON (an ``MLPSnapshot``) to `url`, with what it was trained
  /// for.
  ///
  /// - Throws: An encoding error, or the error of writing the file.
  public func save(to url: URL, task: ModelTask?) throws {
    var snapshot = snapshot
    snapshot.task = task
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    try encoder.encode(snapshot).write(to: url, options: .atomic)
  }

  /// Reads a network saved by ``save(to:)``.
  ///
  /// - Throws: ``ModelLoadingError``, whatever is wrong: a file that cannot be read,
  ///   that is not such JSON, or whose snapshot does not describe a network.
  public static func load(from url: URL) throws -> MLP {
    let data: Data
    do {
      if let problem = fileProblem(atPath: url.path) {
        throw ModelLoadingError("cannot read \(url.path): \(problem)")
      }
      data = try Data(contentsOf: url)
    } catch let error as ModelLoadingError {
      throw error
    } catch {
      throw ModelLoadingError("cannot read \(url.path): \(error.localizedDescription)")
    }
    let snapshot: MLPSnapshot
    do {
      snapshot = try JSONDecoder().decode(MLPSnapshot.self, from: data)
    } catch {
      throw ModelLoadingError(
        "\(url.lastPathComponent) is not a saved network: \(ModelLoadingError.describe(error))")
    }
    return try MLP(snapshot: snapshot)
  }

  /// Copies the values of another network of the same shape into this one's parameters.
  ///
  /// - Precondition: `other` has the same number of parameters.
  @inlinable
  public func copyParameters(from other: MLP) {
    let mine = parameters()
    let theirs = other.parameters()
    precondition(
      mine.count == theirs.count,
      "cannot copy \(theirs.count) parameters into a network with \(mine.count)")
    for (p, q) in zip(mine, theirs) { p.data = q.data }
  }
}

extension MLP: Codable {
  /// Decodes a network from its ``MLPSnapshot``.
  public init(from decoder: any Decoder) throws {
    try self.init(snapshot: MLPSnapshot(from: decoder))
  }

  /// Encodes the network as its ``MLPSnapshot``.
  public func encode(to encoder: any Encoder) throws {
    try snapshot.encode(to: encoder)
  }
}

extension MLPSnapshot {
  /// The number of parameters of `MLP(inputs, layers)`, or `nil` if it does not fit in
  /// an `Int` (a file can hold any sizes).
  @usableFromInline static func parameterCount(_ inputs: Int, _ layers: [Int]) -> Int? {
    var total = 0
    var fanIn = inputs
    for size in layers {
      let (weights, o1) = fanIn.addingReportingOverflow(1)
      let (layer, o2) = weights.multipliedReportingOverflow(by: size)
      let (sum, o3) = total.addingReportingOverflow(layer)
      if o1 || o2 || o3 { return nil }
      total = sum
      fanIn = size
    }
    return total
  }
}

extension ModelLoadingError {
  /// A decoding error in one line, such as `no "layers" field`.
  static func describe(_ error: any Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    func path(_ context: DecodingError.Context) -> String {
      context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
        .joined(separator: ".")
    }
    switch error {
    case .keyNotFound(let key, _): return "no \"\(key.stringValue)\" field"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
      return "field \"\(path(context))\": \(context.debugDescription)"
    case .dataCorrupted(let context):
      let field = path(context)
      return field.isEmpty ? "not JSON" : "field \"\(field)\": \(context.debugDescription)"
    @unknown default: return "\(error)"
    }
  }
}
