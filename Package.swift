// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "swift-micrograd",
  products: [
    .library(name: "Micrograd", targets: ["Micrograd"])
  ],
  targets: [
    .target(name: "Micrograd"),
    .testTarget(name: "MicrogradTests", dependencies: ["Micrograd"]),
  ],
  swiftLanguageModes: [.v6]
)
