// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "swift-micrograd",
  products: [
    .library(name: "Micrograd", targets: ["Micrograd"]),
    .library(name: "MicrogradNN", targets: ["MicrogradNN"]),
    .library(name: "MicrogradTesting", targets: ["MicrogradTesting"]),
    .executable(name: "micrograd", targets: ["MicrogradCLI"]),
    .executable(name: "micrograd-bench", targets: ["MicrogradBenchmarks"]),
  ],
  targets: [
    .target(name: "Micrograd"),
    .target(name: "MicrogradNN", dependencies: ["Micrograd"]),
    // Property-based gradient tests for users' own ops; imports neither XCTest nor Testing.
    .target(name: "MicrogradTesting", dependencies: ["Micrograd"]),
    // The target is not named `micrograd`, which would clash with `Micrograd` on
    // case-insensitive file systems; the product (the command) is.
    .executableTarget(name: "MicrogradCLI", dependencies: ["Micrograd", "MicrogradNN"]),
    .executableTarget(name: "MicrogradBenchmarks", dependencies: ["Micrograd", "MicrogradNN"]),
    .testTarget(name: "MicrogradTests", dependencies: ["Micrograd", "MicrogradTesting"]),
    .testTarget(
      name: "MicrogradNNTests", dependencies: ["Micrograd", "MicrogradNN", "MicrogradCLI"]),
  ],
  swiftLanguageModes: [.v6]
)
