// A tiny dependency graph for the reader's self-tests (LayeringTests): each namespace below uses High.Target in
// exactly one way, with no using directive, so that each edge can only be found through that one kind of reference.

namespace PublicSecurity.Stats.Tests.Architecture.Fixture.High
{
    public sealed class Target
    {
        public static int Runs { get; private set; }

        public int Id { get; init; }

        public static void Run() => Runs++;
    }
}

namespace PublicSecurity.Stats.Tests.Architecture.Fixture.Low
{
    public static class Caller
    {
        // Only a call in a method body, fully qualified.
        public static void Call() => PublicSecurity.Stats.Tests.Architecture.Fixture.High.Target.Run();
    }
}

namespace PublicSecurity.Stats.Tests.Architecture.Fixture.AttrUser
{
    // Only a typeof(...) argument of an attribute defined elsewhere.
    [System.ComponentModel.TypeConverter(typeof(PublicSecurity.Stats.Tests.Architecture.Fixture.High.Target))]
    public sealed class Marked;
}

namespace PublicSecurity.Stats.Tests.Architecture.Fixture.LocalUser
{
    public static class Lister
    {
        // Only locals of generic instantiations and the calls on them: the list, and its struct enumerator, which
        // stays a local in Release builds too (the loop takes its address).
        public static int M()
        {
            var list = new System.Collections.Generic.List<High.Target>();
            var sum = 0;
            foreach (var target in list)
            {
                sum += target.Id;
            }

            return sum;
        }
    }
}
