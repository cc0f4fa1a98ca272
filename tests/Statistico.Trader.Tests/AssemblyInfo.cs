using Statistico.Testing;

[assembly: AssemblyFixture(typeof(TestInfrastructure))]
