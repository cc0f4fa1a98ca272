using Statistico.Testing;

[assembly: AssemblyFixture(typeof(TestInfrastructure))]
[assembly: CaptureConsole]
