using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Statistico.Modelling.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
