import Foundation
import MicrogradNN

/// What the command line asks for.
enum ParsedCommand: Equatable {
  case train(TrainOptions)
  case graph(output: String)
  /// `micrograd predict MODEL.json FEATURES.csv [-o FILE]`.
  case predict(model: String, features: String, output: String?)
  /// `micrograd evaluate MODEL.json DATA.csv`.
  case evaluate(model: String, data: String)
  /// Print the help of a command ("" for the overview).
  case help(command: String)
  /// Print the version.
  case version

  /// Parses the arguments after the program name.
  ///
  /// - Throws: ``UsageError`` for an unknown command or flag, or a bad value.
  static func parse(_ arguments: [String]) throws(UsageError) -> ParsedCommand {
    guard let command = arguments.first else {
      throw UsageError("missing command: try 'micrograd train' or 'micrograd --help'")
    }
    let rest = Array(arguments.dropFirst())
    switch command {
    case "train": return try parseTrain(rest)
    case "graph": return try parseGraph(rest)
    case "predict", "evaluate": return try parseModelCommand(command, rest)
    case "--version", "version":
      guard rest.isEmpty else { throw UsageError("\(command) takes no arguments") }
      return .version
    case "help", "--help", "-h":
      let commands = ["train", "graph", "predict", "evaluate"]
      return .help(command: rest.first.map { commands.contains($0) ? $0 : "" } ?? "")
    default:
      throw UsageError("unknown command \"\(command)\": try 'micrograd --help'")
    }
  }

  static func parseTrain(_ arguments: [String]) throws(UsageError) -> ParsedCommand {
    var options = TrainOptions()
    var reader = FlagReader(arguments)
    var generatorFlags: [String] = []
    while let flag = try reader.nextFlag() {
      options.given.insert(flag == "--learning-rate" ? "--lr" : flag == "-o" ? "--output" : flag)
      if flag == "--samples" || flag == "--noise" { generatorFlags.append(flag) }
      switch flag {
      case "--help", "-h":
        try reader.noValue(for: flag)
        return .help(command: "train")
      case "--dataset": options.dataset = try DatasetChoice(argument: reader.value(for: flag))
      case "--samples": options.samples = try reader.positiveInt(for: flag)
      case "--noise":
        options.noise = try reader.number(
          for: flag, in: 0...100, description: "a number from 0 to 100")
      case "--steps": options.steps = try reader.positiveInt(for: flag)
      case "--lr", "--learning-rate": options.learningRate = try reader.positiveNumber(for: flag)
      case "--schedule": options.schedule = try reader.choice(for: flag, ScheduleChoice.self)
      case "--seed": options.seed = try reader.seed(for: flag)
      case "--hidden": options.hidden = try reader.sizes(for: flag)
      case "--activation":
        let f = try reader.choice(for: flag, Nonlinearity.self)
        guard f != .linear else { throw UsageError("--activation needs relu or tanh, got linear") }
        options.activation = f
      case "--batch-size": options.batchSize = try reader.positiveInt(for: flag)
      case "--loss": try readLoss(&reader, into: &options)
      case "--optimizer": options.optimizer = try reader.choice(for: flag, OptimizerChoice.self)
      case "--momentum":
        options.momentum = try reader.number(
          for: flag, in: 0...0.999, description: "a number from 0 to 0.999")
      case "--l2":
        options.l2 = try reader.number(for: flag, in: 0...1e6, description: "a number >= 0")
      case "--output", "-o":
        let path = try reader.value(for: flag)
        guard !path.isEmpty else { throw UsageError("\(flag) needs a folder, got \"\"") }
        options.output = path
      case "--eager":
        try reader.noValue(for: flag)
        options.eager = true
      case "--plain":
        try reader.noValue(for: flag)
        options.plain = true
      default:
        guard try readMoreTrainFlag(flag, &reader, into: &options) else {
          throw UsageError(
            "unknown flag \(flag) for 'micrograd train': try 'micrograd train --help'")
        }
      }
    }
    try finishTrainOptions(&options)
    if options.momentum > 0 && options.optimizer != .sgd {
      throw UsageError("--momentum is for --optimizer sgd; Adam and AdamW have their own")
    }
    if case .csv = options.dataset {
      if let flag = generatorFlags.first {
        throw UsageError("\(flag) is for a generated dataset; a CSV file has its own rows")
      }
    } else if options.samples < 2 {
      throw UsageError("--samples needs at least 2 for a generated dataset, got \(options.samples)")
    }
    return .train(options)
  }

  static func parseGraph(_ arguments: [String]) throws(UsageError) -> ParsedCommand {
    var output = "micrograd-output"
    var reader = FlagReader(arguments)
    while let flag = try reader.nextFlag() {
      switch flag {
      case "--help", "-h":
        try reader.noValue(for: flag)
        return .help(command: "graph")
      case "--output", "-o":
        output = try reader.value(for: flag)
        guard !output.isEmpty else { throw UsageError("\(flag) needs a folder, got \"\"") }
      default:
        throw UsageError("unknown flag \(flag) for 'micrograd graph': try 'micrograd graph --help'")
      }
    }
    return .graph(output: output)
  }
}
