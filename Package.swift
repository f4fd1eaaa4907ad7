// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "swift-micrograd",
  products: [
    .library(name: "Micrograd", targets: ["Micrograd"]),
    .executable(name: "micrograd-bench", targets: ["MicrogradBenchmarks"]),
  ],
  targets: [
    .target(name: "Micrograd"),
    .executableTarget(name: "MicrogradBenchmarks", dependencies: ["Micrograd"]),
    .testTarget(name: "MicrogradTests", dependencies: ["Micrograd"]),
  ],
  swiftLanguageModes: [.v6]
)
