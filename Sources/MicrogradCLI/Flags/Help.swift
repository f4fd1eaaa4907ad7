/// The text of `--help`.
enum Help {
  static let overview = """
    micrograd: scalar automatic differentiation and small neural networks, in Swift.

    Usage:
      micrograd train [flags]   train an MLP; by default micrograd's moons demo
      micrograd graph [flags]   draw the graphs of the README expression and the lecture's neuron
      micrograd predict MODEL.json FEATURES.csv [-o FILE]  a saved model's predictions
      micrograd evaluate MODEL.json DATA.csv  a saved model's accuracy or error
      micrograd help [command]  show this help, or a command's
      micrograd --version       show the version

    Run 'micrograd train --help' for the training flags.
    """

  static let train = """
    Usage: micrograd train [flags]

    Trains a multi-layer perceptron to classify points (2 features, or any number
    from a CSV file) into two or more classes, or to fit a real target, and draws it.
    With no flags it runs micrograd's demo: moons, 100 samples, noise 0.1;
    MLP(2, [16, 16, 1]); hinge loss + 1e-4 L2; full batch; SGD for 100 steps with
    lr = 1.0 - 0.9*k/100.

    Data:
      --dataset NAME|FILE.csv  moons, circles, blobs, spiral, or a CSV file of
                               features then a label 0…k-1 (or -1/1) or a real
                               target                             (default moons)
      --classes K              classes of blobs (default 2) and spiral (default 3)
      --task NAME              classification or regression; by default
                               regression for a CSV whose last column is not classes
      --validation F           hold out a fraction F (0 to 0.9) for validation
      --samples N              points to generate, not for a CSV  (default 100)
      --noise X                Gaussian noise for moons/circles   (default 0.1)
      --seed N                 seed of the data, the weights and the shuffles (default 1)
    Model:
      --hidden N,N,...         hidden layer sizes                 (default 16,16)
      --activation relu|tanh   hidden nonlinearity                (default relu)
    Training:
      --steps N                optimisation steps                 (default 100)
      --lr X                   initial learning rate; also --learning-rate X
                               (default: sgd 1.0 with hinge, bce and ce, 0.1 with mse;
                               adam and adamw 0.05)
      --schedule NAME          linear (lr to lr/10), cosine (lr to lr/10), step (halve
                               every quarter), constant           (default linear)
      --optimizer NAME         sgd, adam or adamw                 (default sgd)
      --momentum X             SGD momentum, 0 to 0.999           (default 0)
      --nesterov               Nesterov momentum for SGD
      --weight-decay X         SGD's, or AdamW's decoupled one    (default 0, 0.01 for adamw)
      --clip X                 clip the gradients to a norm of X
      --loss NAME              hinge, mse, bce (binary), ce (softmax cross-entropy,
                               k classes), huber (regression)     (default hinge;
                               ce for more than 2 classes; mse for regression)
      --l2 X                   L2 strength                        (default 0.0001)
      --batch-size N           examples per step, reshuffled each epoch (default: all)
      --threads N              threads of a full batch over 256 examples, cut into
                               shards of 256; the same numbers for any N
                               (default: the machine's cores)
    Output:
      --output DIR, -o DIR     where to write the files           (default micrograd-output)
      --plain                  plain progress lines even on a terminal
      --eager                  build the graph every step instead of replaying a
                               compiled tape (the same numbers, slower)
      --help, -h               show this help

    --dataset spiral defaults to 300 samples, noise 0.2, --loss ce and --optimizer adam.
    Regression defaults to --optimizer adam with --lr 0.01.

    Writes DIR/decision_boundary.svg (for 2 features; fit.svg for regression),
    DIR/training.svg and DIR/model.json, replacing the previous run's set as a whole.
    If the loss stops being finite, training stops there and the files hold the last
    finite model. Exit status: 0 on success; 1 if the data or a file cannot be read or
    written, the run needs more memory than the machine has, or training diverged; 2
    for a bad flag or value.
    """

  static let graph = """
    Usage: micrograd graph [--output DIR]

    Writes the computation graphs of micrograd's README expression and of the
    lecture's tanh neuron, with their gradients, as Graphviz DOT files in DIR
    (default micrograd-output), and as SVG when Graphviz's 'dot' is on PATH.
    """
}
