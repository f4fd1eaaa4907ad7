import Foundation
import MicrogradNN
import Testing

@Suite("Saving and loading")
struct SerializationTests {
  @Test("a saved network loads with bit-identical parameters and outputs")
  func roundTrip() throws {
    let model = MLP<Double>(3, [5, 4, 1], hidden: .tanh, output: .linear, seed: 6)
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("micrograd-model-\(UInt64.random(in: 0...UInt64.max)).json")
    defer { try? FileManager.default.removeItem(at: url) }
    try model.save(to: url)
    let loaded = try MLP<Double>.load(from: url)
    #expect(loaded.description == model.description)
    #expect(loaded.parameters().map(\.data.bitPattern) == model.parameters().map(\.data.bitPattern))
    #expect(loaded.layers[0].neurons[0].nonlinearity == .tanh)
    #expect(loaded.layers[2].neurons[0].nonlinearity == .linear)
    #expect(loaded.evaluate([0.1, 0.2, 0.3]) == model.evaluate([0.1, 0.2, 0.3]))
    // New parameters, not shared ones.
    loaded.parameters()[0].data += 1
    #expect(loaded.parameters()[0].data != model.parameters()[0].data)
  }

  @Test("Codable: JSONEncoder and JSONDecoder work on MLP directly")
  func codable() throws {
    let model = MLP<Float>(2, [3, 1], seed: 2)
    let json = try JSONEncoder().encode(model)
    let text = String(decoding: json, as: UTF8.self)
    #expect(text.contains("\"format\":\"micrograd-mlp\""))
    let decoded = try JSONDecoder().decode(MLP<Float>.self, from: json)
    #expect(decoded.parameters().map(\.data) == model.parameters().map(\.data))
  }

  @Test("a file with the wrong number of values is rejected with the counts")
  func wrongCount() throws {
    var snapshot = MLP<Double>(2, [3, 1], seed: 1).snapshot
    snapshot.parameters.removeLast()
    #expect {
      _ = try MLP<Double>(snapshot: snapshot)
    } throws: { error in
      (error as? ModelLoadingError)?.reason == "MLP(2, [3, 1]) has 13 parameters; the file has 12"
    }
    snapshot = MLP<Double>(2, [3, 1], seed: 1).snapshot
    snapshot.format = "something-else"
    #expect(throws: ModelLoadingError.self) { _ = try MLP<Double>(snapshot: snapshot) }
  }

  @Test("copyParameters copies values between networks of one shape")
  func copy() {
    let a = MLP<Double>(2, [4, 1], seed: 1)
    let b = MLP<Double>(2, [4, 1], seed: 2)
    b.copyParameters(from: a)
    #expect(a.parameters().map(\.data) == b.parameters().map(\.data))
  }
}
